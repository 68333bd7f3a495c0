package vn.health.plan.plan;

/**
 * Người ký — the signature block: {@code KT. GIÁM ĐỐC} / {@code PHÓ GIÁM ĐỐC} / {@code Từ Quốc Hiệu}.
 *
 * @param authority {@code null} when the head signs in person
 * @param principalTitle the head signed for ({@code GIÁM ĐỐC}), {@code null} without an authority
 */
public record Signer(SignerAuthority authority, String principalTitle, String title, String fullName) {

}
