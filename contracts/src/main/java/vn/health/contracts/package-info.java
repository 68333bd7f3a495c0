/** Event records, topic names and the CloudEvents envelope: the only classes services share. */
package vn.health.contracts;
