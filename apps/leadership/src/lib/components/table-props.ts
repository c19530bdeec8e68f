/** What each table of this portal is given: its rows and its caption (what it counts, for screen readers). */
export interface TableProps<Row> {
  rows: readonly Row[];
  caption: string;
}

/** A table whose rows belong to agencies: region-wide tables name the agency of each row; an agency's page does not. */
export interface AgencyTableProps<Row> extends TableProps<Row> {
  showAgency?: boolean;
}
