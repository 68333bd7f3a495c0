/** What every service needs alike, wired by {@link vn.health.servicekit.support.ServiceKitAutoConfiguration}. */
package vn.health.servicekit;
