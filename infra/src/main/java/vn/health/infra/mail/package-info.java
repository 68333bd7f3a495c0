/** A local SMTP and IMAP server for the demo. */
package vn.health.infra.mail;
