import { defineIndicator } from "./define-indicator";

// Kemampuan perencanaan dan tindakan (action-taking capacity). The source makes
// it the second dimension, "the cluster's readiness to receive outside touch",
// but lists no indicators for it, so these six are ours (source: "SENTRA"),
// taken from the cluster-development literature and from the source's own
// hints: the organisation of the sentra's SMEs is its year-two agenda item
// (hence weight 1.5), and it ties stages to the technology reached. Joint-action
// track record differs from the source's CC_JOINT_ACTION: that one rates
// cooperation going on now, this one proof of having delivered.

export const actionCapacityIndicators = [
  defineIndicator({
    code: "AC_ORGANISATION",
    name: ["Organisasi dan perwakilan pelaku usaha", "Organisation and representation of the sentra's SMEs"],
    description: [
      "Wadah yang mewakili pelaku usaha sentra (paguyuban, asosiasi, koperasi) dan kekuatannya.",
      "The body representing the sentra's businesses (paguyuban, association, cooperative) and its strength.",
    ],
    rubric: [
      ["Tidak ada wadah; tidak ada yang dapat berbicara atas nama sentra.", "No organisation; nobody can speak for the sentra."],
      [
        "Kelompok informal yang bertemu sesekali, bergantung pada satu tokoh.",
        "An informal group that meets occasionally and depends on one figure.",
      ],
      [
        "Paguyuban atau koperasi terdaftar; anggotanya kurang dari separuh unit usaha; pertemuan tidak teratur.",
        "A registered paguyuban or cooperative; under half of the businesses are members; meetings are irregular.",
      ],
      [
        "Koperasi atau asosiasi berbadan hukum; lebih dari separuh unit menjadi anggota; pengurus dipilih dan rapat anggota tahunan berjalan.",
        "A legally registered cooperative or association; over half of the businesses are members; the board is elected and annual members' meetings are held.",
      ],
      [
        "Organisasi kuat yang mewakili sentra di hadapan pemerintah, bank, dan pembeli, dan menjalankan layanan anggota (bahan, pemasaran, simpan pinjam).",
        "A strong organisation that represents the sentra to government, banks and buyers, and runs member services (materials, marketing, savings and loans).",
      ],
    ],
    weight: 1.5,
    source: "SENTRA",
    bdsServices: ["ORGANISATION_MANAGEMENT", "MENTORING", "CONSULTATION"],
    // The source's year-two agenda brings KSP/USP into the sentra alongside its organisation.
    financingChannels: ["KSP_USP"],
  }),
  defineIndicator({
    code: "AC_PLANNING",
    name: ["Kemampuan perencanaan", "Planning capacity"],
    description: [
      "Kemampuan sentra menyusun dan menjalankan rencana pengembangan bersama.",
      "The sentra's ability to draw up and carry out a shared development plan.",
    ],
    rubric: [
      ["Tidak ada rencana; kegiatan mengikuti bantuan yang datang.", "No plan; activity follows whatever assistance arrives."],
      ["Gagasan pengembangan dibicarakan tetapi tidak ditulis.", "Development ideas are discussed but not written down."],
      [
        "Rencana tertulis sederhana (daftar kebutuhan atau usulan) tanpa target dan anggaran.",
        "A simple written plan (a needs list or proposal) without targets or budget.",
      ],
      [
        "Rencana kerja tahunan dengan target, penanggung jawab, dan anggaran; sebagian terlaksana.",
        "An annual work plan with targets, responsibilities and budget; partly carried out.",
      ],
      [
        "Rencana pengembangan multi-tahun yang dipantau dan diperbarui bersama BDS dan dinas, dan dipakai untuk mengajukan pembiayaan.",
        "A multi-year development plan, monitored and updated with the BDS and the government office, and used to apply for financing.",
      ],
    ],
    weight: 1,
    source: "SENTRA",
    bdsServices: ["CONSULTATION", "BUSINESS_PROPOSAL", "MENTORING", "ORGANISATION_MANAGEMENT"],
    financingChannels: [],
  }),
  defineIndicator({
    code: "AC_TRACK_RECORD",
    name: ["Rekam jejak tindakan bersama", "Joint-action track record"],
    description: [
      "Kegiatan bersama yang pernah diselesaikan sentra, terutama bantuan luar yang hasilnya masih dipakai.",
      "Joint undertakings the sentra has completed, especially outside assistance whose results are still in use.",
    ],
    rubric: [
      [
        "Belum pernah ada kegiatan bersama, atau bantuan sebelumnya terbengkalai (mis. mesin bantuan tidak dipakai).",
        "No joint undertaking yet, or past assistance abandoned (e.g. donated machines left unused).",
      ],
      ["Satu kegiatan bersama yang berhenti setelah proyek selesai.", "One joint undertaking that stopped when the project ended."],
      [
        "Satu atau dua kegiatan bersama berhasil (mis. pameran, pelatihan swadaya) tetapi belum berlanjut.",
        "One or two successful joint undertakings (e.g. a trade fair, self-funded training), not yet sustained.",
      ],
      [
        "Beberapa kegiatan bersama selesai dan terawat, mis. sarana bersama yang masih beroperasi atau pinjaman kelompok yang lunas.",
        "Several joint undertakings completed and kept up, e.g. a shared facility still operating or a group loan repaid.",
      ],
      [
        "Rekam jejak panjang: kegiatan bersama dirancang, dibiayai, dan dijalankan sentra sendiri, dengan pembukuan yang dapat diperiksa.",
        "A long track record: joint undertakings designed, funded and run by the sentra itself, with auditable accounts.",
      ],
    ],
    weight: 1,
    source: "SENTRA",
    bdsServices: ["MENTORING", "ORGANISATION_MANAGEMENT"],
    // A small group loan repaid is the cheapest track record to build.
    financingChannels: ["LKM", "KSP_USP"],
  }),
  defineIndicator({
    code: "AC_CO_INVESTMENT",
    name: ["Kesediaan berinvestasi bersama", "Willingness to co-invest"],
    description: [
      "Kesediaan pelaku usaha menanggung sebagian biaya pengembangan (swadaya) dan membayar jasa BDS.",
      "Willingness of businesses to bear part of the development cost (self-help, swadaya) and to pay for BDS services.",
    ],
    rubric: [
      ["Hanya mau ikut bila semuanya gratis dan ada uang saku.", "Takes part only when everything is free and allowances are paid."],
      ["Bersedia menyumbang tenaga atau tempat, tetapi tidak uang.", "Willing to give labour or premises, but not money."],
      [
        "Bersedia ikut membiayai kegiatan kecil (iuran, sebagian biaya pelatihan).",
        "Willing to co-fund small activities (dues, part of training fees).",
      ],
      [
        "Menyumbang tunai yang berarti (mis. 20–30%) untuk investasi bersama dan membayar sebagian jasa BDS.",
        "Contributes meaningful cash (e.g. 20–30%) to joint investment and pays part of BDS fees.",
      ],
      [
        "Menanggung sebagian besar investasi bersama dan membayar penuh jasa BDS; memakai kredit untuk investasi kelompok.",
        "Bears most of the joint investment and pays BDS fees in full; uses credit for group investment.",
      ],
    ],
    weight: 1,
    source: "SENTRA",
    bdsServices: ["CONSULTATION", "BUSINESS_PROPOSAL", "CAPITAL_ACCESS"],
    financingChannels: ["KSP_USP", "GUARANTEE", "VENTURE_CAPITAL"],
  }),
  defineIndicator({
    code: "AC_TECHNOLOGY",
    name: ["Tingkat teknologi", "Technology level"],
    description: [
      "Teknologi produksi dan pengelolaan usaha yang dikuasai sentra.",
      "The production and business-management technology the sentra has mastered.",
    ],
    rubric: [
      [
        "Seluruhnya manual dengan alat tradisional; mutu bergantung pada perajin.",
        "Entirely manual with traditional tools; quality depends on the individual craftsperson.",
      ],
      [
        "Alat sederhana bermotor kecil pada sebagian tahap; tanpa kendali mutu.",
        "Simple small-motor tools at some steps; no quality control.",
      ],
      [
        "Semi-mekanis pada tahap utama; kendali mutu secara visual; sebagian unit memakai telepon pintar untuk pesanan dan promosi.",
        "Semi-mechanised at the main steps; visual quality control; some businesses use smartphones for orders and promotion.",
      ],
      [
        "Mesin pada tahap utama, standar mutu tertulis, pembukuan dan pemasaran digital di sebagian besar unit.",
        "Machines at the main steps, written quality standards, digital bookkeeping and marketing in most businesses.",
      ],
      [
        "Peralatan modern dan terawat, kendali mutu terukur (uji laboratorium, sertifikasi), desain dan penjualan daring terpadu.",
        "Modern, maintained equipment, measured quality control (lab tests, certification), integrated digital design and online sales.",
      ],
    ],
    weight: 1,
    source: "SENTRA",
    bdsServices: ["TECHNOLOGY", "TRAINING", "CONSULTATION"],
    financingChannels: ["GUARANTEE", "VENTURE_CAPITAL", "INCUBATOR"],
  }),
  defineIndicator({
    code: "AC_OPENNESS",
    name: ["Keterbukaan terhadap bantuan luar", "Openness to outside assistance"],
    description: [
      "Kesiapan sentra menerima dan memanfaatkan sentuhan dari luar: pendamping, BDS, pembeli baru, teknologi baru.",
      "The sentra's readiness to receive and use outside touch: facilitators, BDS, new buyers, new technology.",
    ],
    rubric: [
      [
        "Menolak atau curiga pada pihak luar; informasi usaha dirahasiakan.",
        "Rejects or distrusts outsiders; business information is kept secret.",
      ],
      ["Menerima kunjungan, tetapi saran jarang dicoba.", "Accepts visits, but rarely tries the advice."],
      [
        "Sebagian pelaku usaha mencoba saran atau teknologi baru bila dibiayai pihak luar.",
        "Some businesses try advice or new technology when an outsider pays for it.",
      ],
      [
        "Banyak pelaku usaha aktif meminta bantuan dan menerapkannya; mereka berbagi data usaha untuk diagnosis.",
        "Many businesses actively ask for assistance and apply it; they share business data for the diagnosis.",
      ],
      [
        "Sentra sendiri mencari mitra, pembeli, dan teknologi baru, dan menularkan praktik baik ke unit dan sentra lain.",
        "The sentra itself seeks partners, buyers and technology, and passes good practice on to other businesses and sentra.",
      ],
    ],
    weight: 1,
    source: "SENTRA",
    bdsServices: ["INFORMATION", "MENTORING", "CONSULTATION"],
    financingChannels: [],
  }),
];
