/** Gói tin edXML (QCVN 102:2016/BTTTT) — receives documents exchanged between agencies as draft plans. */
package vn.health.plan.edxml;
