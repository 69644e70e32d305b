/**
 * The command side: aggregates decide, command handlers check the rules of the domain once, and the
 * write API translates HTTP into commands. It owns the {@code event_store} and {@code command_side}
 * schemas.
 */
package vn.householdledger.command;
