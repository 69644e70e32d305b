-- Households follow their unit: the one place that says which unit a household belonged to.

-- The placement recorded for a household on a day (registration and transfers), as commune_on answered
-- it before units changed (V5): its latest placement from that day or before, or, for a day before its
-- registration, the unit it was registered in.
ALTER FUNCTION query_side.commune_on(UUID, DATE) RENAME TO placement_on;

-- The unit in force on units_on that a household of unit of_unit, village of_village, belongs to: a
-- split of its village takes it into the new unit, a merge into the unit merged into, each from its
-- effective day; chains are followed. A dissolved unit keeps its households. Only the changes the ledger
-- had learned by known_at count (all of them by default).
CREATE FUNCTION query_side.unit_in_force(of_unit VARCHAR, of_village VARCHAR, units_on DATE,
                                         known_at TIMESTAMPTZ DEFAULT 'infinity') RETURNS VARCHAR
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    unit VARCHAR := of_unit;
    successor VARCHAR;
BEGIN
    FOR step IN 1..32 LOOP
        SELECT s.into_code INTO successor FROM query_side.unit_split s
         WHERE s.code = unit AND s.village = of_village AND s.effective_on <= units_on AND s.recorded_at <= known_at
         ORDER BY s.effective_on DESC LIMIT 1;
        IF successor IS NULL THEN
            SELECT e.into_code INTO successor FROM query_side.unit_end e
             WHERE e.code = unit AND e.effective_on <= units_on AND e.recorded_at <= known_at;
        END IF;
        EXIT WHEN successor IS NULL;
        unit := successor;
    END LOOP;
    RETURN unit;
END
$$;

-- The unit, among those in force on units_on, of the household's placement on day.
CREATE FUNCTION query_side.unit_of(household UUID, day DATE, units_on DATE) RETURNS VARCHAR
    LANGUAGE sql STABLE AS $$
    SELECT query_side.unit_in_force(query_side.placement_on(household, day),
                                    (SELECT h.village FROM query_side.household h WHERE h.household_id = household),
                                    units_on)
$$;

-- The commune a household belonged to on a day: its placement then, in the units in force then.
CREATE FUNCTION query_side.commune_on(household UUID, day DATE) RETURNS VARCHAR
    LANGUAGE sql STABLE AS $$
    SELECT query_side.unit_of(household, day, day)
$$;

-- Whether a household of unit of_unit, village of_village, belongs on units_on to one of the units of
-- scope (to any when scope is null); a unit outside the scope that split no village into it is passed
-- over without following its changes.
CREATE FUNCTION query_side.unit_within(of_unit VARCHAR, of_village VARCHAR, units_on DATE, scope TEXT[]) RETURNS BOOLEAN
    LANGUAGE sql STABLE AS $$
    SELECT scope IS NULL
        OR ((of_unit = ANY (scope)
             OR of_unit IN (SELECT s.code FROM query_side.unit_split s WHERE s.into_code = ANY (scope)))
            AND query_side.unit_in_force(of_unit, of_village, units_on) = ANY (scope))
$$;
