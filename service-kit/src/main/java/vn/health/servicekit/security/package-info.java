/** Services as resource servers: token validation, the {@link vn.health.servicekit.security.Caller}, unit scoping. */
package vn.health.servicekit.security;
