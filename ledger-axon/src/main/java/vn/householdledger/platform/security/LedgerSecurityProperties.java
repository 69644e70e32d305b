package vn.householdledger.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.householdledger.api.security.ClaimNames;
import vn.householdledger.api.security.Role;

/**
 * The accounts, from configuration only: {@code ledger.security.users[i].username}, {@code .password}
 * (Spring's {@code {id}}-prefixed form: {@code {bcrypt}…}, {@code {noop}…}), {@code .roles} and
 * {@code .communes} and {@code .provinces} (comma lists; an account with provinces acts for and reads the units
 * of those provinces). No account exists unless configured. {@code ledger.security.jwt.*} names the claims of a
 * bearer token that carry the account, its roles, its communes and its provinces.
 */
@ConfigurationProperties("ledger.security")
public record LedgerSecurityProperties(List<User> users, @DefaultValue ClaimNames jwt) {

    public LedgerSecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String username, String password, String roles, String communes, String provinces) {

        Set<Role> roleSet() {
            return split(roles).stream().map(r -> Role.valueOf(r.toUpperCase())).collect(Collectors.toSet());
        }

        Set<String> communeSet() {
            return split(communes);
        }

        Set<String> provinceSet() {
            return split(provinces);
        }

        private static Set<String> split(String list) {
            if (list == null) {
                return Set.of();
            }
            return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        }
    }
}
