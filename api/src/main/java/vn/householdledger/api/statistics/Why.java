package vn.householdledger.api.statistics;

import java.util.List;

/** What changed between the escaping assessment and the one before it, and the help in between. */
public record Why(Long incomeBefore, long incomeAfter, List<String> deprivationsCleared, List<String> causesAddressed,
                  List<HelpReceived> assistance) {
}
