/**
 * The authorization server (OpenID Connect provider): people sign in on its own page ({@code /login})
 * with the configured accounts ({@code ledger.security.users}), and it issues the tokens that both
 * sides accept and with which the pages sign in. Access and ID tokens are JWTs (RS256) carrying
 * {@code sub} and {@code preferred_username} (the account), {@code roles} and {@code communes}.
 * It runs alone ({@link vn.householdledger.auth.AuthApplication}, port 9000) or inside the standalone.
 */
package vn.householdledger.auth;
