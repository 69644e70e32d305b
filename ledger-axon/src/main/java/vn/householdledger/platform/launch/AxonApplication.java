package vn.householdledger.platform.launch;

import org.springframework.boot.SpringApplication;

/** Starts a process that runs Axon, and ends it when its start fails. */
public final class AxonApplication {

    private AxonApplication() {
    }

    /**
     * Runs the application; if it fails to start, the process exits with status 1 once Spring Boot
     * has logged why and closed what it had opened. Without that the process would live on: Axon's
     * task janitor ({@code axon-janitor}) is a thread that does not let the JVM end by itself.
     */
    public static void run(Class<?> application, String... args) {
        try {
            SpringApplication.run(application, args);
        } catch (RuntimeException failedToStart) {
            System.exit(1);
        }
    }
}
