/** Tokens for tests of secured services: a local issuer with its JWKS, tokens for any unit and role. */
package vn.health.testkit.security;
