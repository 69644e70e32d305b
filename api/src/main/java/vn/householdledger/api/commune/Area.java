package vn.householdledger.api.commune;

/** Whether a unit is rural (xã) or urban (phường) for the poverty lines. */
public enum Area {
    RURAL,
    URBAN
}
