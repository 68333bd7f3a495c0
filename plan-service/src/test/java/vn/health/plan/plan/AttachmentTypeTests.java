package vn.health.plan.plan;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentTypeTests {

	private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP = { 'P', 'K', 3, 4, 20, 0 };

	@Test
	void theExtensionAndTheFirstBytesMustAgree() {
		assertThat(AttachmentType.recognise("Kế hoạch 91.PDF", PDF)).hasValue(AttachmentType.PDF);
		assertThat(AttachmentType.recognise("bang-chi-tieu.xlsx", ZIP)).hasValue(AttachmentType.XLSX);
		assertThat(AttachmentType.recognise("ke-hoach.docx", ZIP)).hasValue(AttachmentType.DOCX);
		assertThat(AttachmentType.recognise("ke-hoach.pdf", ZIP)).isEmpty();
		assertThat(AttachmentType.recognise("ke-hoach.docx", PDF)).isEmpty();
		assertThat(AttachmentType.recognise("ke-hoach", PDF)).isEmpty();
		assertThat(AttachmentType.recognise("anh.jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }))
			.hasValue(AttachmentType.JPEG);
	}

	@Test
	void textMustBeUtf8EvenWhenTheReadCutAVietnameseLetterInTwo() {
		byte[] text = "Trạm Y tế xã".getBytes(StandardCharsets.UTF_8);
		byte[] cut = Arrays.copyOf(text, 4);

		assertThat(AttachmentType.recognise("ghi-chu.txt", text)).hasValue(AttachmentType.TEXT);
		assertThat(AttachmentType.recognise("ghi-chu.txt", cut)).hasValue(AttachmentType.TEXT);
		assertThat(AttachmentType.recognise("tcvn3.txt", new byte[] { 'T', 'r', (byte) 0xB9, 'm' })).isEmpty();
		assertThat(AttachmentType.recognise("nhi-phan.txt", new byte[] { 'a', 0, 'b' })).isEmpty();
	}

}
