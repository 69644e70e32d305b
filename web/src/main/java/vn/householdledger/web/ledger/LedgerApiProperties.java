package vn.householdledger.web.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the pages find the two sides: {@code ledger.web.command-url} for writes, {@code ledger.web.query-url}
 * for reads. Left empty, both are this process itself (the standalone, which serves the API too).
 */
@ConfigurationProperties("ledger.web")
public record LedgerApiProperties(String commandUrl, String queryUrl) {
}
