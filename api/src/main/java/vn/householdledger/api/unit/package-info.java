/** Units that change: provinces, and merges, splits, renames, reclassifications and dissolutions of communes. */
package vn.householdledger.api.unit;
