/** Webhook — other e-government systems subscribe to public events and receive them as signed CloudEvents. */
package vn.health.notification.webhook;
