package vn.health.servicekit.lgsp;

import vn.health.servicekit.web.BilingualException;

/** LGSP chưa cấu hình — this deployment has no {@code platform.lgsp.base-url}, so nothing can be sent: 503. */
public class LgspNotConfigured extends BilingualException {

	public LgspNotConfigured() {
		super("Hệ thống chưa được kết nối với LGSP của tỉnh (chưa cấu hình platform.lgsp.base-url)",
				"This deployment is not connected to the province's LGSP (platform.lgsp.base-url is not set)");
	}

}
