package vn.health.servicekit.edxml;

/** Tệp đính kèm — one {@code AttachmentEncoded/Attachment}, its content as bytes (base64 only on the wire). */
public record EdXmlAttachment(String name, String contentType, byte[] content) {

}
