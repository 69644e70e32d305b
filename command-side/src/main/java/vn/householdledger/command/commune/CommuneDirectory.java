package vn.householdledger.command.commune;

import java.util.Optional;
import vn.householdledger.api.commune.Area;

/** The communes known to the command side, as {@link CommuneLookups} records them: the area households are assessed in. */
public interface CommuneDirectory {

    Optional<Area> areaOf(String code);
}
