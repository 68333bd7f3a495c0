/** Gói tin edXML (QCVN 102:2016/BTTTT) — the envelope header and its writer, for every service that sends documents. */
package vn.health.servicekit.edxml;
