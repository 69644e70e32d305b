/**
 * The command side's lookups: the tables behind the rules that span aggregates (a household code for
 * one household, a national id in one open household, a commune code once) and where each household
 * is. They are written from the events by handlers of the subscribing processor
 * {@value vn.householdledger.command.lookup.LookupTables#PROCESSING_GROUP}, in the transaction of the
 * command that caused them, read by checks that run before the aggregate decides, and rebuilt from
 * the event store by {@link vn.householdledger.command.lookup.LookupRebuild}.
 */
package vn.householdledger.command.lookup;
