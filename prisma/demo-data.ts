/**
 * Demo sentra: real places known for these products, with plausible (invented)
 * figures. Regencies are named as in the official reference data (idn-area-data)
 * and resolved to their codes when seeding.
 */
export interface DemoCluster {
  key: string;
  name: string;
  commodity: string;
  kbli: string;
  regency: string;
  year: number;
  workers: number;
  productionValue: bigint;
  exportPct: number;
  localPct: number;
  provider?: 0 | 1;
}

export const DEMO_PROVIDERS = [
  { key: "mitra-usaha", name: "LPB Mitra Usaha Mandiri", legalForm: "CV", province: "33", address: "Jl. Slamet Riyadi 210, Surakarta", contactName: "Dra. Sri Rahayu", contactPhone: "0271-712345" },
  { key: "cipta-karya", name: "BDS Cipta Karya Nusantara", legalForm: "PT", province: "32", address: "Jl. Asia Afrika 88, Bandung", contactName: "Ir. Hendra Gunawan", contactPhone: "022-4201234" },
] as const;

export const DEMO_CLUSTERS: DemoCluster[] = [
  { key: "batik-laweyan", name: "Sentra Batik Laweyan", commodity: "Batik tulis dan cap", kbli: "13134", regency: "Kota Surakarta", year: 1912, workers: 620, productionValue: 48_000_000_000n, exportPct: 20, localPct: 60, provider: 0 },
  { key: "mebel-jepara", name: "Sentra Mebel Ukir Jepara", commodity: "Mebel kayu ukir", kbli: "31001", regency: "Kabupaten Jepara", year: 1950, workers: 2400, productionValue: 310_000_000_000n, exportPct: 65, localPct: 45, provider: 0 },
  { key: "rotan-trangsan", name: "Sentra Rotan Trangsan", commodity: "Furnitur rotan", kbli: "31004", regency: "Kabupaten Sukoharjo", year: 1970, workers: 900, productionValue: 96_000_000_000n, exportPct: 75, localPct: 15, provider: 0 },
  { key: "perak-kotagede", name: "Sentra Kerajinan Perak Kotagede", commodity: "Kerajinan perak", kbli: "32112", regency: "Kota Yogyakarta", year: 1930, workers: 450, productionValue: 35_000_000_000n, exportPct: 40, localPct: 10, provider: 0 },
  { key: "gerabah-kasongan", name: "Sentra Gerabah Kasongan", commodity: "Gerabah dan keramik hias", kbli: "23931", regency: "Kabupaten Bantul", year: 1971, workers: 780, productionValue: 27_500_000_000n, exportPct: 35, localPct: 90, provider: 0 },
  { key: "kulit-manding", name: "Sentra Kerajinan Kulit Manding", commodity: "Tas dan jaket kulit", kbli: "15121", regency: "Kabupaten Bantul", year: 1958, workers: 320, productionValue: 18_200_000_000n, exportPct: 15, localPct: 40, provider: 0 },
  { key: "tenun-troso", name: "Sentra Tenun Ikat Troso", commodity: "Tenun ikat", kbli: "13121", regency: "Kabupaten Jepara", year: 1935, workers: 560, productionValue: 22_000_000_000n, exportPct: 12, localPct: 30, provider: 0 },
  { key: "batik-pekalongan", name: "Sentra Batik Kampung Kauman Pekalongan", commodity: "Batik cap dan printing", kbli: "13134", regency: "Kota Pekalongan", year: 1925, workers: 1100, productionValue: 64_000_000_000n, exportPct: 18, localPct: 55, provider: 0 },
  { key: "gula-banyumas", name: "Sentra Gula Kelapa Cilongok", commodity: "Gula kelapa / gula semut", kbli: "10722", regency: "Kabupaten Banyumas", year: 1980, workers: 1500, productionValue: 41_000_000_000n, exportPct: 30, localPct: 98, provider: 0 },
  { key: "jamu-nguter", name: "Sentra Jamu Nguter", commodity: "Jamu tradisional", kbli: "21022", regency: "Kabupaten Sukoharjo", year: 1965, workers: 380, productionValue: 15_600_000_000n, exportPct: 3, localPct: 85, provider: 0 },
  { key: "lurik-klaten", name: "Sentra Tenun Lurik Pedan", commodity: "Tenun lurik ATBM", kbli: "13121", regency: "Kabupaten Klaten", year: 1938, workers: 210, productionValue: 6_400_000_000n, exportPct: 5, localPct: 35, provider: 0 },
  { key: "bordir-kudus", name: "Sentra Bordir Kudus", commodity: "Bordir dan kerudung", kbli: "13992", regency: "Kabupaten Kudus", year: 1975, workers: 430, productionValue: 12_300_000_000n, exportPct: 8, localPct: 50, provider: 0 },
  { key: "batik-trusmi", name: "Sentra Batik Trusmi", commodity: "Batik tulis mega mendung", kbli: "13134", regency: "Kabupaten Cirebon", year: 1950, workers: 870, productionValue: 52_000_000_000n, exportPct: 10, localPct: 60, provider: 1 },
  { key: "sepatu-cibaduyut", name: "Sentra Sepatu Cibaduyut", commodity: "Alas kaki kulit", kbli: "15201", regency: "Kota Bandung", year: 1920, workers: 3200, productionValue: 180_000_000_000n, exportPct: 8, localPct: 45, provider: 1 },
  { key: "bordir-tasik", name: "Sentra Bordir Kawalu Tasikmalaya", commodity: "Bordir busana muslim", kbli: "13992", regency: "Kota Tasikmalaya", year: 1960, workers: 1800, productionValue: 88_000_000_000n, exportPct: 12, localPct: 40, provider: 1 },
  { key: "dodol-garut", name: "Sentra Dodol Garut", commodity: "Dodol dan olahan makanan", kbli: "10732", regency: "Kabupaten Garut", year: 1926, workers: 640, productionValue: 24_000_000_000n, exportPct: 2, localPct: 92, provider: 1 },
  { key: "genteng-jatiwangi", name: "Sentra Genteng Jatiwangi", commodity: "Genteng tanah liat", kbli: "23921", regency: "Kabupaten Majalengka", year: 1905, workers: 2600, productionValue: 70_000_000_000n, exportPct: 0, localPct: 95, provider: 1 },
  { key: "keramik-plered", name: "Sentra Keramik Plered", commodity: "Keramik hias", kbli: "23931", regency: "Kabupaten Purwakarta", year: 1904, workers: 520, productionValue: 19_800_000_000n, exportPct: 45, localPct: 88, provider: 1 },
  { key: "tahu-sumedang", name: "Sentra Tahu Sumedang", commodity: "Tahu goreng", kbli: "10794", regency: "Kabupaten Sumedang", year: 1917, workers: 700, productionValue: 33_000_000_000n, exportPct: 0, localPct: 20, provider: 1 },
  { key: "keripik-sanan", name: "Sentra Keripik Tempe Sanan", commodity: "Keripik tempe", kbli: "10794", regency: "Kota Malang", year: 1960, workers: 520, productionValue: 21_000_000_000n, exportPct: 4, localPct: 25 },
  { key: "tas-tanggulangin", name: "Sentra Tas dan Koper Tanggulangin", commodity: "Tas dan koper kulit", kbli: "15121", regency: "Kabupaten Sidoarjo", year: 1939, workers: 1200, productionValue: 58_000_000_000n, exportPct: 6, localPct: 35 },
  { key: "songket-pandai-sikek", name: "Sentra Songket Pandai Sikek", commodity: "Tenun songket", kbli: "13121", regency: "Kabupaten Tanah Datar", year: 1900, workers: 340, productionValue: 9_800_000_000n, exportPct: 10, localPct: 30 },
  { key: "ulos-tarutung", name: "Sentra Tenun Ulos Tarutung", commodity: "Tenun ulos", kbli: "13121", regency: "Kabupaten Tapanuli Utara", year: 1955, workers: 260, productionValue: 5_600_000_000n, exportPct: 2, localPct: 40 },
  { key: "kopi-gayo", name: "Sentra Kopi Arabika Gayo", commodity: "Kopi arabika (biji sangrai)", kbli: "10761", regency: "Kabupaten Aceh Tengah", year: 1985, workers: 1400, productionValue: 120_000_000_000n, exportPct: 70, localPct: 100 },
  { key: "pempek-palembang", name: "Sentra Pempek 26 Ilir", commodity: "Pempek dan kerupuk ikan", kbli: "10213", regency: "Kota Palembang", year: 1978, workers: 480, productionValue: 26_000_000_000n, exportPct: 0, localPct: 75 },
  { key: "sarung-samarinda", name: "Sentra Tenun Sarung Samarinda", commodity: "Sarung tenun ATBM", kbli: "13121", regency: "Kota Samarinda", year: 1960, workers: 190, productionValue: 4_200_000_000n, exportPct: 0, localPct: 10 },
  { key: "tenun-sukarara", name: "Sentra Tenun Songket Sukarara", commodity: "Tenun songket Sasak", kbli: "13121", regency: "Kabupaten Lombok Tengah", year: 1960, workers: 620, productionValue: 11_000_000_000n, exportPct: 15, localPct: 35 },
  { key: "ukir-mas", name: "Sentra Ukir Kayu Mas Ubud", commodity: "Patung dan ukiran kayu", kbli: "16292", regency: "Kabupaten Gianyar", year: 1930, workers: 950, productionValue: 72_000_000_000n, exportPct: 60, localPct: 30 },
  { key: "ikat-sumba", name: "Sentra Tenun Ikat Sumba Timur", commodity: "Tenun ikat pewarna alam", kbli: "13121", regency: "Kabupaten Sumba Timur", year: 1950, workers: 410, productionValue: 8_900_000_000n, exportPct: 25, localPct: 80 },
  { key: "sutra-wajo", name: "Sentra Sutra Sengkang", commodity: "Kain sutra tenun", kbli: "13121", regency: "Kabupaten Wajo", year: 1940, workers: 730, productionValue: 17_400_000_000n, exportPct: 5, localPct: 40 },
  { key: "kopi-toraja", name: "Sentra Kopi Toraja", commodity: "Kopi arabika Toraja", kbli: "10761", regency: "Kabupaten Toraja Utara", year: 1990, workers: 860, productionValue: 54_000_000_000n, exportPct: 55, localPct: 100 },
  { key: "noken-jayapura", name: "Sentra Kerajinan Noken Jayapura", commodity: "Noken dan anyaman serat kayu", kbli: "16299", regency: "Kota Jayapura", year: 2005, workers: 150, productionValue: 1_900_000_000n, exportPct: 0, localPct: 100 },
];

export const OWNER_NAMES = [
  ["Siti Aminah", "FEMALE"], ["Budi Santoso", "MALE"], ["Sri Wahyuni", "FEMALE"], ["Agus Setiawan", "MALE"],
  ["Dewi Lestari", "FEMALE"], ["Joko Susilo", "MALE"], ["Nur Hidayah", "FEMALE"], ["Bambang Riyadi", "MALE"],
  ["Endang Purwanti", "FEMALE"], ["Slamet Widodo", "MALE"], ["Rina Marlina", "FEMALE"], ["Heru Prasetyo", "MALE"],
  ["Yuliani", "FEMALE"], ["Made Suarta", "MALE"], ["Ni Ketut Ariani", "FEMALE"], ["Andi Baso", "MALE"],
  ["Fatimah Zahra", "FEMALE"], ["Hasanuddin", "MALE"], ["Lina Marpaung", "FEMALE"], ["Teuku Rizal", "MALE"],
] as const;

export const LEGAL_FORMS = ["Perorangan", "CV", "UD", "Koperasi", "PT Perorangan"] as const;
