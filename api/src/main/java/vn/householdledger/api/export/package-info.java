/** What every export of the service (CSV, xlsx), on either side and in the pages, writes the same way. */
package vn.householdledger.api.export;
