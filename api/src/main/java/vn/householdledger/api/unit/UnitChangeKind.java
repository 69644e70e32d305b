package vn.householdledger.api.unit;

/** What a resolution (nghị quyết sắp xếp đơn vị hành chính) does to commune-level units. */
public enum UnitChangeKind {
    /** The {@code from} units join {@code into}, and their households with them. */
    MERGE,
    /** Part of the one {@code from} unit (its named villages) becomes {@code into}, a unit registered for it. */
    SPLIT,
    /** The unit takes a new {@code name}. */
    RENAME,
    /** The unit changes kind (commune or ward), area (rural or urban, and so the poverty line) or province. */
    RECLASSIFY,
    /** The unit ends without a successor. */
    DISSOLVE
}
