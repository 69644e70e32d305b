package vn.householdledger.api.imports;

import java.util.UUID;

/** The answer to {@code POST /api/imports} (202): the import runs in the background under this id. */
public record ImportStarted(UUID importId) {
}
