/** The embedded OpenID Connect issuer of the platform's demo: users per unit, the console and integration clients. */
package vn.health.auth;
