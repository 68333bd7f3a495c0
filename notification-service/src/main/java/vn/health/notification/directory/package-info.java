/** Danh bạ đơn vị — the replica of the unit directory that tells where each unit is reached. */
package vn.health.notification.directory;
