package vn.householdledger.standalone.consistency;

import org.springframework.test.context.TestPropertySource;

/** {@link ReadConsistencyApiTest}'s waits, with every projection in 4 segments: a read waits for all of them. */
@TestPropertySource(properties = "ledger.projections.segments=4")
class SegmentedReadConsistencyApiTest extends ReadConsistencyApiTest {
}
