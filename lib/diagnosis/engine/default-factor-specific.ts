import { defineIndicator } from "./define-indicator";

// Faktor Kondisi, Faktor Khusus: the specific sub-group of the source's first factor
// group, five indicators worded as in its assessment table. Rubric levels are
// ours: the source names the indicators but gives no scale.

export const factorSpecificIndicators = [
  defineIndicator({
    code: "FC_SPE_TRAINING",
    subGroup: "SPECIFIC",
    name: ["Kesempatan pelatihan", "Training opportunities"],
    description: [
      "Akses pemilik dan pekerja ke pelatihan keterampilan teknis dan usaha.",
      "Access of owners and workers to technical and business skills training.",
    ],
    rubric: [
      [
        "Tidak ada pelatihan yang terjangkau; keterampilan hanya diwariskan dalam keluarga.",
        "No training within reach; skills are only passed down within families.",
      ],
      [
        "Pelatihan sesekali dari dinas (kurang dari sekali setahun) yang tidak sesuai kebutuhan sentra.",
        "Occasional training by a government office (less than once a year) that does not fit the sentra's needs.",
      ],
      [
        "Pelatihan tahunan dari dinas atau BLK; sebagian pelaku usaha pernah ikut.",
        "Yearly training from a government office or vocational centre (BLK); some owners have attended.",
      ],
      [
        "Pelatihan teknis dan manajemen beberapa kali setahun, dirancang untuk produk sentra; ada SMK atau BLK terkait di kabupaten.",
        "Technical and management training several times a year, designed for the sentra's product; a related vocational school (SMK) or BLK in the regency.",
      ],
      [
        "Pelatihan berkelanjutan dan bersertifikat (SKKNI/LSP), termasuk magang di tempat kerja; pelaku usaha ikut menentukan materi.",
        "Continuous, certified training (SKKNI/LSP competence standards), including on-the-job training; businesses help set the content.",
      ],
    ],
    weight: 1,
    source: "SOURCE_TABLE",
    bdsServices: ["TRAINING", "INFORMATION", "MENTORING"],
    financingChannels: ["INCUBATOR"],
  }),
  defineIndicator({
    code: "FC_SPE_RAW_MATERIAL",
    subGroup: "SPECIFIC",
    name: ["Bahan baku utama", "Main raw material"],
    description: [
      "Ketersediaan, mutu, dan kestabilan harga bahan baku utama (mis. kayu, rotan, kulit, kain mori, tanah liat).",
      "Availability, quality and price stability of the main raw material (e.g. timber, rattan, hides, mori cloth, clay).",
    ],
    rubric: [
      [
        "Sering kosong; mutu tidak menentu; harga dikendalikan satu atau dua pedagang.",
        "Often unavailable; erratic quality; price controlled by one or two traders.",
      ],
      [
        "Tersedia musiman; kekurangan bahan menghentikan produksi beberapa kali setahun.",
        "Seasonal supply; shortages halt production several times a year.",
      ],
      [
        "Umumnya tersedia, tetapi mutu bervariasi dan harga naik-turun tajam.",
        "Usually available, but quality varies and prices swing sharply.",
      ],
      [
        "Tersedia sepanjang tahun dengan mutu cukup seragam; beberapa pemasok bersaing.",
        "Available all year in fairly uniform quality; several competing suppliers.",
      ],
      [
        "Pasokan terjamin lewat kontrak atau pembelian bersama; mutu terstandar dan terlacak (mis. kayu bersertifikat SVLK).",
        "Supply secured by contracts or joint purchasing; standardised, traceable quality (e.g. SVLK-certified timber).",
      ],
    ],
    weight: 1,
    source: "SOURCE_TABLE",
    bdsServices: ["BUSINESS_CONTACT", "ORGANISATION_MANAGEMENT", "CAPITAL_ACCESS"],
    // Buying in bulk at harvest time needs working capital.
    financingChannels: ["KSP_USP", "LKM"],
  }),
  defineIndicator({
    code: "FC_SPE_RAW_DISTANCE",
    subGroup: "SPECIFIC",
    name: ["Jarak terhadap bahan baku", "Distance to raw material"],
    description: [
      "Jarak dan waktu kirim dari sumber bahan baku utama ke sentra.",
      "Distance and delivery time from the main raw-material source to the sentra.",
    ],
    rubric: [
      [
        "Bahan didatangkan dari pulau lain atau impor; waktu tunggu lebih dari dua minggu.",
        "Material comes from another island or is imported; lead time over two weeks.",
      ],
      [
        "Dari provinsi lain; waktu tunggu 1–2 minggu; ongkos angkut tinggi.",
        "From another province; lead time 1–2 weeks; high freight cost.",
      ],
      [
        "Dari kabupaten lain di provinsi yang sama; waktu tunggu beberapa hari.",
        "From another regency in the same province; lead time a few days.",
      ],
      ["Dari dalam kabupaten; pengiriman 1–2 hari.", "From within the regency; delivery in 1–2 days."],
      [
        "Dari desa atau kecamatan yang sama, atau ada depo bahan baku di sentra; tersedia hari itu juga.",
        "From the same village or district, or a raw-material depot in the sentra; available the same day.",
      ],
    ],
    weight: 1,
    source: "SOURCE_TABLE",
    bdsServices: ["BUSINESS_CONTACT", "ORGANISATION_MANAGEMENT"],
    // A shared depot close to the sentra is stock, financed as working capital.
    financingChannels: ["KSP_USP"],
  }),
  defineIndicator({
    code: "FC_SPE_FINANCE_ACCESS",
    subGroup: "SPECIFIC",
    name: ["Akses terhadap lembaga keuangan formal", "Access to formal financial institutions"],
    description: [
      "Sejauh mana unit usaha memperoleh kredit dan layanan dari bank, KSP/USP, LKM, atau penjaminan.",
      "How far businesses get credit and services from banks, savings-and-loan cooperatives (KSP/USP), microfinance institutions (LKM) or guarantee schemes.",
    ],
    rubric: [
      [
        "Tidak ada unit usaha yang meminjam dari lembaga formal; modal dari rentenir, ijon, atau pembeli.",
        "No business borrows from a formal institution; capital comes from moneylenders, crop-advance (ijon) lenders or buyers.",
      ],
      [
        "Kurang dari 10% unit usaha pernah meminjam dari lembaga formal; tidak ada pembukuan atau agunan.",
        "Fewer than 10% of businesses have ever borrowed formally; no bookkeeping or collateral.",
      ],
      [
        "10–30% unit usaha menjadi nasabah KSP/USP, LKM, atau bank (mis. KUR); sebagian mencatat keuangan.",
        "10–30% of businesses are clients of a KSP/USP, LKM or bank (e.g. KUR); some keep financial records.",
      ],
      [
        "30–60% unit usaha memperoleh kredit formal; ada KSP/USP atau kantor bank yang melayani sentra.",
        "30–60% of businesses have formal credit; a KSP/USP or bank office serves the sentra.",
      ],
      [
        "Lebih dari 60% unit usaha memakai kredit formal; penjaminan atau modal ventura tersedia; pembukuan rapi dan layak bank.",
        "Over 60% of businesses use formal credit; guarantees or venture capital are available; books are kept to bank standard.",
      ],
    ],
    weight: 1,
    source: "SOURCE_TABLE",
    bdsServices: ["CAPITAL_ACCESS", "BUSINESS_PROPOSAL", "CONSULTATION"],
    financingChannels: ["LKM", "KSP_USP", "GUARANTEE"],
  }),
  defineIndicator({
    code: "FC_SPE_INFORMATION",
    subGroup: "SPECIFIC",
    name: ["Jasa informasi", "Information services"],
    description: [
      "Akses ke informasi pasar, harga, desain, teknologi, dan program pemerintah.",
      "Access to information on markets, prices, design, technology and government programmes.",
    ],
    rubric: [
      ["Informasi hanya dari tengkulak atau pembeli langganan.", "Information only from middlemen (tengkulak) or regular buyers."],
      [
        "Informasi dari sesama pelaku usaha dan kunjungan dinas sesekali.",
        "Information from fellow businesses and occasional visits by government staff.",
      ],
      [
        "Sebagian pelaku usaha memakai internet dan grup pesan untuk harga dan pesanan; ada papan informasi sentra.",
        "Some businesses use the internet and messaging groups for prices and orders; the sentra has a notice board.",
      ],
      [
        "Informasi teratur dari BDS, dinas, atau asosiasi (harga, pameran, tender); sebagian besar unit terhubung internet.",
        "Regular information from a BDS, a government office or an association (prices, trade fairs, tenders); most businesses are online.",
      ],
      [
        "Pusat informasi atau klinik bisnis sentra yang aktif; data pasar dan tren desain dipakai untuk keputusan produksi.",
        "An active sentra information centre or business clinic; market data and design trends inform production decisions.",
      ],
    ],
    weight: 1,
    source: "SOURCE_TABLE",
    bdsServices: ["INFORMATION", "TECHNOLOGY", "CONSULTATION"],
    financingChannels: [],
  }),
];
