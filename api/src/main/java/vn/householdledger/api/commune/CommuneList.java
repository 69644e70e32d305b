package vn.householdledger.api.commune;

import java.util.List;

/** {@code GET /api/communes}: every commune and ward with its yearly figures. */
public record CommuneList(int total, List<CommuneItem> items) {
}
