package vn.householdledger.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-ins are throttled: {@code ledger.security.sign-in.account-limit} failures of one account, or
 * {@code .address-limit} from one client address, within {@code .window}, and that account or address is
 * refused until the window has passed; {@code ledger.security.trusted-proxies}, the proxies (addresses or
 * CIDR blocks, none by default) whose {@code X-Forwarded-For} names the client.
 */
@ConfigurationProperties("ledger.security")
public record SignInProperties(List<String> trustedProxies, @DefaultValue SignIn signIn) {

    public SignInProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }

    public record SignIn(@DefaultValue("5") int accountLimit, @DefaultValue("20") int addressLimit,
                         @DefaultValue("1m") Duration window) {
    }
}
