package vn.householdledger.standalone.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.householdledger.testing.LedgerApi;

/** Repayments racing on one loan never push its balance below zero, and none is lost or counted twice. */
class ParallelRepaymentsApiTest extends AssistanceApiTest {

    private static final int THREADS = 20;
    private static final long PRINCIPAL = 10_000_000;
    private static final long TENTH = PRINCIPAL / 10;

    @Test
    void twentyRacingRepaymentsOfATenthEachSettleTheLoanExactlyOnce() throws Exception {
        UUID household = registerHousehold(HA_LAN);
        String loanId = disburse(household, PRINCIPAL);
        long before = eventCount();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<LedgerApi.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return repay(household, loanId, TENTH);
                }));
            }
            start.countDown();
            List<LedgerApi.Response> responses = new ArrayList<>();
            for (Future<LedgerApi.Response> answer : answers) {
                responses.add(answer.get());
            }

            List<LedgerApi.Response> accepted = responses.stream().filter(r -> r.status() == 201).toList();
            List<LedgerApi.Response> refused = responses.stream().filter(r -> r.status() != 201).toList();
            assertThat(accepted).hasSize(10);
            assertThat(refused).hasSize(10).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(409);
                assertThat(r.json().get("code").asText()).isEqualTo("REPAYMENT_EXCEEDS_OUTSTANDING");
            });
            assertThat(accepted.stream().map(r -> r.json().get("outstanding").asLong()))
                    .containsExactlyInAnyOrder(9 * TENTH, 8 * TENTH, 7 * TENTH, 6 * TENTH, 5 * TENTH, 4 * TENTH,
                            3 * TENTH, 2 * TENTH, TENTH, 0L);
        } finally {
            pool.shutdownNow();
        }
        assertThat(eventCount()).isEqualTo(before + 11);
        JsonNode loan = view(household).get("loans").get(0);
        assertThat(loan.get("outstanding").asLong()).isZero();
        assertThat(loan.get("status").asText()).isEqualTo("SETTLED");
        assertThat(loan.get("repayments")).hasSize(10);
        assertThat(eventTypes(household).stream().filter("LoanRepaid"::equals)).hasSize(10);
        assertThat(eventTypes(household).stream().filter("LoanSettled"::equals)).hasSize(1);
    }
}
