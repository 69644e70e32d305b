/** Operating the read models: each projection's state and lag, and rebuilds from the event store. */
package vn.householdledger.query.admin;
