/** The cluster form's values as strings and numbers (BigInt cannot cross to the client); `initial` of the form. */
export interface ClusterFormValues {
  id?: string;
  version?: number;
  name?: string;
  commodity?: string;
  kbliCode?: string | null;
  provinceCode?: string;
  regencyCode?: string | null;
  districtCode?: string | null;
  villageCode?: string | null;
  latitude?: string | null;
  longitude?: string | null;
  yearEstablished?: number | null;
  workerCount?: number;
  productionVolume?: string | null;
  productionUnit?: string | null;
  productionValue?: string | null;
  exportSharePct?: number | null;
  localMaterialSharePct?: number | null;
  contactName?: string | null;
  contactPhone?: string | null;
  bdsProviderId?: string | null;
  notes?: string | null;
  areaLabels?: Record<string, string>;
}
