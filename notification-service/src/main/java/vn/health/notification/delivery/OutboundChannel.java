package vn.health.notification.delivery;

/** Kênh gửi ra ngoài — a channel that hands a notice to an outside provider, which may be down or slow. */
public sealed interface OutboundChannel permits EmailChannel, SmsChannel, ZaloChannel {

	Channel kind();

	/**
	 * Hands the notice over, or throws: {@link ProviderRejectedException} when the provider refuses it for
	 * good (retrying cannot help), any other exception when it may work later.
	 */
	void send(String address, Notice notice, String trackingId);

}
