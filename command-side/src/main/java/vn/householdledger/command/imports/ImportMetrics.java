package vn.householdledger.command.imports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import vn.householdledger.api.imports.ImportOutcome;
import vn.householdledger.api.imports.ImportState;

/**
 * What a person on call watches of imports: {@code ledger_imports_households_total{outcome, dry_run}} (what
 * became of the households imports read) and {@code ledger_imports_total{state}} (imports ended, failed ones
 * among them).
 */
@Component
class ImportMetrics {

    private final MeterRegistry registry;

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void household(ImportOutcome outcome, boolean dryRun) {
        Counter.builder("ledger.imports.households").description("Households read by imports, by what became of them")
                .tag("outcome", outcome.name()).tag("dry_run", Boolean.toString(dryRun)).register(registry).increment();
    }

    void finished(ImportState state) {
        Counter.builder("ledger.imports").description("Imports ended, by how they ended")
                .tag("state", state.name()).register(registry).increment();
    }
}
