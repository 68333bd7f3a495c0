package vn.health.plan.plan;

/** Thẩm quyền ký (Nghị định 30/2020/NĐ-CP): in whose name the signer signs. */
public enum SignerAuthority {

	/** KT. — ký thay: a deputy signs for the head. */
	KT,

	/** TM. — thay mặt: on behalf of a collective. */
	TM,

	/** TL. — thừa lệnh. */
	TL,

	/** TUQ. — thừa ủy quyền. */
	TUQ,

	/** Q. — quyền: acting head. */
	Q

}
