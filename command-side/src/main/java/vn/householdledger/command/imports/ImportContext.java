package vn.householdledger.command.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.householdledger.command.dispatch.RequestMetadata;
import vn.householdledger.platform.provenance.Provenance;

/** What every household of one import shares: its table's header and survey, its commune, whether it is a dry run, and who sent it from where. */
record ImportContext(UUID importId, String communeCode, boolean dryRun, Header header, Survey survey, String clientAddress) {

    /**
     * The metadata of the import's commands, beside what every command gets ({@code recordedBy}, a request id):
     * that they come from this import, and the address the file was sent from.
     */
    Map<String, Object> metadata() {
        Map<String, Object> metadata = new HashMap<>(Provenance.imported(importId));
        if (clientAddress != null) {
            metadata.put(RequestMetadata.CLIENT_ADDRESS, clientAddress);
        }
        return metadata;
    }
}
