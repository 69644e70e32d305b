package vn.householdledger.api.commune;

/** A rural commune (xã) or an urban ward (phường). */
public enum CommuneKind {
    COMMUNE,
    WARD
}
