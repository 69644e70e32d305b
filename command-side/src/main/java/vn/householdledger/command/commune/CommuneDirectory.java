package vn.householdledger.command.commune;

import java.util.Optional;
import vn.householdledger.api.commune.Area;

/** The communes known to the command side: unique codes, and the area households are assessed in. */
public interface CommuneDirectory {

    /** Enters a new commune; false when the code is taken. */
    boolean register(String code, Area area);

    Optional<Area> areaOf(String code);
}
