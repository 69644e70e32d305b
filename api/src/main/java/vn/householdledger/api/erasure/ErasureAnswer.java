package vn.householdledger.api.erasure;

import java.time.LocalDate;
import java.util.UUID;

/** The answer to an erasure: the household whose personal fields read {@link Personal#ERASED} from {@code erasedOn}. */
public record ErasureAnswer(UUID householdId, LocalDate erasedOn) {
}
