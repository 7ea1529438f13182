//! The one translation table for user-facing text (Swedish by default,
//! English as an option). Components and view models name a [`Msg`]; the
//! table below holds both languages side by side so a missing translation is
//! a compile error, not a blank in the page.
//!
//! Messages about input (import findings, refusals) are typed values in the
//! engine ([`crate::finding`], [`crate::intake::Refusal`]) and become
//! sentences here only when shown, in the page's language.

pub mod english;

use serde::{Deserialize, Serialize};

/// The page's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    /// The `lang` attribute value.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Sv => Lang::En,
            Lang::En => Lang::Sv,
        }
    }
}

/// The sheets of a file as a phrase: "the file has no sheets", "sheet Q1",
/// "sheets Q1, Q2".
pub fn sheet_list(lang: Lang, sheets: &[String]) -> String {
    match sheets {
        [] => Msg::RefNoSheets.text(lang).to_string(),
        [one] => Msg::RefOneSheet.fill(lang, &[("sheets", one)]),
        many => Msg::RefSheets.fill(lang, &[("sheets", &many.join(", "))]),
    }
}

macro_rules! messages {
    ($($key:ident => $sv:literal, $en:literal;)*) => {
        /// A user-facing text; [`Msg::text`] gives it in a language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg { $($key),* }

        impl Msg {
            /// Every message, for tests that read the whole table.
            pub const ALL: &[Msg] = &[$(Msg::$key),*];

            /// The text in `lang`: a row of a column, indexed by the
            /// message (a `match` of every pair compiled to 29 KB of code
            /// in the first paint; the columns are data). English is in
            /// the app once its file is fetched ([`english`]); asked for
            /// before, it answers in Swedish.
            pub fn text(self, lang: Lang) -> &'static str {
                const SWEDISH: &[&str] = &[$($sv),*];
                let swedish = SWEDISH[self as usize];
                match lang {
                    Lang::Sv => swedish,
                    Lang::En => english::text(self as usize).unwrap_or(swedish),
                }
            }

            /// The text with each `{name}` replaced by its value, in one
            /// pass (a table of a region's size fills one per cell); a
            /// `{…}` with no value is left as it is.
            pub fn fill(self, lang: Lang, values: &[(&str, &str)]) -> String {
                let mut rest = self.text(lang);
                let mut out = String::with_capacity(rest.len() + 16);
                while let Some(open) = rest.find('{') {
                    out.push_str(&rest[..open]);
                    let after = &rest[open + 1..];
                    let value = after.find('}').and_then(|close| {
                        let name = &after[..close];
                        values.iter().find(|(n, _)| *n == name).map(|(_, v)| (close, *v))
                    });
                    match value {
                        Some((close, value)) => {
                            out.push_str(value);
                            rest = &after[close + 1..];
                        }
                        None => {
                            out.push('{');
                            rest = after;
                        }
                    }
                }
                out.push_str(rest);
                out
            }
        }

        /// The English column, in the table's order: compiled in on the
        /// host, a file of its own in the app ([`english`]).
        const ENGLISH: &[&str] = &[$($en),*];
    };
}

messages! {
    AppTitle => "Budgetkoll", "Budgetkoll";
    Tagline => "Budgetuppföljning för regionen – direkt i webbläsaren", "Budget follow-up for the region – right in the browser";
    LanguageSwitch => "In English", "På svenska";
    LanguageSwitchLabel => "Byt språk till engelska", "Switch language to Swedish";
    EmptyTitle => "Släpp FR1-rapporter här", "Drop FR1 reports here";
    EmptyBody => "Dra in en eller flera resultatrapporter (Formulär FR 1) som Excel-filer (.xlsx, .xls, .ods) eller CSV-export – utfall och prognos i två filer blir en rapport – och gärna finansförvaltningens resultattabell, eller klistra in ett område från Excel. Inget lämnar din dator: allt räknas här i webbläsaren.", "Drag in one or more result reports (Form FR 1) as Excel files (.xlsx, .xls, .ods) or CSV exports – actual and forecast in two files make one report – and the finance administration's result table too, or paste a range from Excel. Nothing leaves your computer: everything is computed here in the browser.";
    PickFiles => "Välj filer…", "Choose files…";
    ShowExample => "Visa exempel", "Show example";
    DropOverlay => "Släpp filerna för att läsa in dem", "Drop the files to load them";
    Privacy => "Dina siffror stannar på den här enheten.", "Your figures stay on this device.";
    Loading => "Läser in…", "Loading…";
    PartUnavailable => "Den här delen av Budgetkoll kunde inte hämtas. Kontrollera anslutningen.", "This part of Budgetkoll could not be fetched. Check the connection.";
    TryAgain => "Försök igen", "Try again";
    LoadedReports => "Inlästa rapporter", "Loaded reports";
    FailedFiles => "Filer som inte kunde läsas", "Files that could not be read";
    ColUnit => "Förvaltning", "Administration";
    ColPeriod => "Period", "Period";
    ColAmountUnit => "Enhet", "Unit";
    ColStatus => "Status", "Status";
    ColSource => "Fil", "File";
    StatusOk => "OK", "OK";
    StatusWarnings => "Varningar", "Warnings";
    StatusErrors => "Fel", "Errors";
    Kontoslag => "Kontoslag", "Account class";
    Remove => "Ta bort", "Remove";
    ClearAll => "Rensa allt", "Clear all";
    TabOverview => "Översikt", "Overview";
    TabUnit => "Förvaltning", "Administration";
    TabReports => "Rapporter", "Reports";
    TabFrames => "Budgetramar", "Budget frames";
    MainNav => "Vyer", "Views";
    PartLabel => "Del", "Part";
    PartExternt => "Externt", "External";
    PartInternt => "Internt", "Internal";
    PartTotalt => "Totalt", "Total";
    AmountUnitLabel => "Belopp i", "Amounts in";
    OverviewTitle => "Nettoresultat per förvaltning", "Net result per administration";
    OverviewHint => "Positiv avvikelse är gynnsam (lägre kostnad eller högre intäkt än budget). Klicka på en förvaltning för att öppna den.", "A positive variance is favourable (lower cost or higher revenue than budget). Click an administration to open it.";
    ColActualYtd => "Utfall ack", "Actual YTD";
    ColBudgetYtd => "Budget ack", "Budget YTD";
    ColVarYtd => "Utfall jmf budget", "Actual vs budget";
    ColForecast => "Prognos helår", "Forecast full year";
    ColBudgetYear => "Budget helår", "Budget full year";
    ColVarYear => "Prognos jmf budget", "Forecast vs budget";
    ColPct => "%", "%";
    SummaryTitle => "Sammanställning", "Summary";
    FormTitle => "Rapporten som i formuläret", "The report as in the form";
    ChooseUnit => "Välj förvaltning", "Choose administration";
    ReplaceQuestion => "finns redan inläst för samma period. Ersätta den med den nya filen?", "is already loaded for the same period. Replace it with the new file?";
    Replace => "Ersätt", "Replace";
    KeepExisting => "Behåll den inlästa", "Keep the loaded one";
    MetaFieldOrganisation => "Organisation", "Organisation";
    MetaFieldUnit => "Förvaltning", "Administration";
    MetaFieldPeriod => "Period", "Period";
    MetaFieldAmounts => "Belopp", "Amounts in";
    MetaFieldFilledBy => "Ifylld av", "Filled in by";
    MetaFieldDate => "Datum", "Date";
    MissingMeta => "Uppgifter som saknas i filen – fyll i dem:", "Details missing from the file – please fill in:";
    SuggestedFromName => "Förslag från filnamnet", "Suggested by the file name";
    Save => "Spara", "Save";
    Findings => "Anmärkningar", "Findings";
    NoFindings => "Inga anmärkningar: alla summor och avvikelser stämmer.", "No findings: every sum and variance agrees.";
    UnitCode => "Förvaltningskod", "Administration code";
    UnitName => "Förvaltningens namn", "Administration name";
    Month => "Månad", "Month";
    Year => "År", "Year";
    AddFiles => "Lägg till filer…", "Add files…";
    InternalCheck => "Kontroll av intern handel", "Internal trade check";
    Dismiss => "Stäng", "Dismiss";
    ShowAsTable => "Visa som tabell", "Show as table";
    ShowAsChart => "Visa som diagram", "Show as chart";
    DownloadSvg => "Ladda ner SVG", "Download SVG";
    DownloadPng => "Ladda ner PNG", "Download PNG";
    PngFailed => "Webbläsaren kunde inte rita diagrammet som PNG. Ladda ner det som SVG i stället.", "The browser could not draw the chart as PNG. Download it as SVG instead.";
    ChartTipHint => "Peka på eller tabba till en stapel för exakta siffror.", "Point at or tab to a bar for exact figures.";
    ChartsTitle => "Diagram", "Charts";
    Share => "Dela", "Share";
    ShareTitle => "Dela vyn", "Share this view";
    ShareExplain => "Länken bär siffrorna själva efter #-tecknet, som aldrig skickas till någon server. Den som öppnar länken ser den här vyn i presentationsläge.", "The link carries the figures themselves after the # sign, which is never sent to any server. Whoever opens it sees this view in presentation mode.";
    CopyLink => "Kopiera länk", "Copy link";
    LinkChars => "tecken", "characters";
    LinkTooLong => "Länken är för lång för att skickas säkert. Spara vyn som fil och skicka filen i stället; den öppnas genom att släppas på sidan.", "The link is too long to send safely. Save the view as a file and send that instead; it opens by dropping it on the page.";
    SaveAsFile => "Spara som fil (.budgetkoll)", "Save as file (.budgetkoll)";
    Close => "Stäng", "Close";
    Presentation => "Presentationsläge: du tittar på en delad vy. Ingenting sparas på den här enheten.", "Presentation mode: you are looking at a shared view. Nothing is saved on this device.";
    MakeEditable => "Gör en redigerbar kopia", "Make an editable copy";
    StorageFailed => "Kunde inte spara i webbläsaren (lagringen är full eller blockerad). Dina ändringar försvinner när sidan stängs – spara vyn som fil för att behålla dem.", "Could not save in the browser (storage is full or blocked). Your changes are lost when the page closes – save the view as a file to keep them.";
    ReplaceSavedQuestion => "Din egen sparade vy på den här enheten ersätts av den delade. Fortsätta?", "Your own saved view on this device will be replaced by the shared one. Continue?";
    ClearQuestion => "Ta bort alla inlästa rapporter och allt som sparats på den här enheten?", "Remove all loaded reports and everything saved on this device?";
    SharedLink => "Delad länk", "Shared link";
    RestoredOlder => "Återställde det som sparades {time} (rapporter: {n}). Ändringar efter det kunde inte sparas i webbläsaren (lagringen var full eller blockerad) och finns inte kvar.", "Restored what was saved at {time} (reports: {n}). Changes after that could not be saved in the browser (storage was full or blocked) and are gone.";
    NothingRestored => "Ändringarna från {time} kunde inte sparas i webbläsaren (lagringen var full eller blockerad) och finns inte kvar.", "The changes from {time} could not be saved in the browser (storage was full or blocked) and are gone.";
    KeptAside => "Ditt sparade arbete på den här enheten kunde inte öppnas. {reason} Det har lagts undan och skrivs aldrig över; ladda ner det som fil och öppna det i en nyare Budgetkoll.", "The work saved on this device could not be opened. {reason} It has been put aside and is never overwritten; download it as a file and open it in a newer Budgetkoll.";
    NotKeptAside => "Ditt sparade arbete på den här enheten kunde inte öppnas. {reason} Det gick inte att lägga undan (lagringen är full), så inget sparas automatiskt förrän du har laddat ner det eller tagit bort det.", "The work saved on this device could not be opened. {reason} It could not be put aside (storage is full), so nothing is saved automatically until you have downloaded or removed it.";
    DownloadKeptAside => "Ladda ner som .budgetkoll", "Download as .budgetkoll";
    RemoveKeptAside => "Ta bort det", "Remove it";
    RemoveKeptAsideQuestion => "Ta bort det olästa sparade arbetet för gott? Ladda ner det först om du vill behålla det.", "Remove the unread saved work for good? Download it first if you want to keep it.";
    OtherTab => "Arbetet har ändrats i en annan flik eller ett annat fönster. Inget sparas härifrån förrän du väljer: läs in den andra versionen, eller behåll din och spara den över den andra.", "The work was changed in another tab or window. Nothing is saved from here until you choose: load the other version, or keep yours and save it over the other.";
    LoadOtherTab => "Läs in den andra versionen", "Load the other version";
    KeepMine => "Behåll min version", "Keep my version";
    DropStateQuestion => "Filen {file} är ett sparat Budgetkoll-läge. Det du har inläst nu ersätts om du öppnar den. Vad vill du göra?", "The file {file} is a saved Budgetkoll state. What you have loaded now is replaced if you open it. What do you want to do?";
    ReplaceMyWork => "Ersätt mitt arbete", "Replace my work";
    OpenAsPresentation => "Öppna som presentation", "Open as presentation";
    Cancel => "Avbryt", "Cancel";
    BackToMyWork => "Tillbaka till mitt arbete", "Back to my work";
    ForecastTitle => "Rimlig prognos?", "Is the forecast plausible?";
    ForecastHint => "Run-rate = utfall ack × 12 / antal månader. Positiv skillnad: prognosen räknar med en bättre resterande del av året än takten hittills.", "Run-rate = actual YTD × 12 / months. A positive difference: the forecast counts on a better rest of the year than the pace so far.";
    ColReported => "Rapporterad prognos", "Reported forecast";
    ColRunRate => "Run-rate", "Run-rate";
    ColDiff => "Skillnad", "Difference";
    ColSeasonal => "Säsongsprojektion", "Seasonal projection";
    AccuracyTitle => "Prognosträffsäkerhet mot årsutfallet", "Forecast accuracy against the year-end outcome";
    AccuracyHint => "Bedöms på avvikelsen mot budget, rad för rad: träffsäkerhet = utfallets avvikelse − prognosens. Negativ: prognosen var för optimistisk. Budgetens egen förändring under året visas för sig.", "Judged on the deviation from budget, row by row: accuracy = the outcome's deviation − the forecast's. Negative: the forecast was too optimistic. The budget's own change during the year is shown apart.";
    AccuracyChoose => "Prognos från", "Forecast from";
    ColAccuracy => "Träffsäkerhet", "Accuracy";
    ColBudgetChange => "Budgetens förändring", "Change in budget";
    ColOutcome => "Årsutfall", "Year-end outcome";
    SeriesTitle => "Mellan rapporterna (nettoresultat)", "Between reports (net result)";
    ColMonths => "Månader", "Months";
    ColMovement => "Utfall under perioden", "Actual in the period";
    ColAccumulated => "Utfall ack", "Actual YTD";
    ColBudgetPeriod => "Budget under perioden", "Budget in the period";
    ProfileTitle => "Periodisering av budget", "Budget periodisation";
    ProfileLabel => "Säsongsprofil: tolv månadsvikter (t.ex. föregående års månadsutfall)", "Seasonal profile: twelve monthly weights (e.g. last year's monthly actuals)";
    ColEven => "Budget ack, jämn", "Budget YTD, even";
    ColEvenVar => "Avvikelse, jämn", "Variance, even";
    ColSeasonalBudget => "Budget ack, säsong", "Budget YTD, seasonal";
    ColSeasonalVar => "Avvikelse, säsong", "Variance, seasonal";
    MeasuresTitle => "Åtgärder", "Measures";
    MeasureText => "Åtgärd", "Measure";
    MeasureDecision => "Beslut", "Decision";
    MeasureEffect => "Effekt i år, {u} (+ = förbättrar)", "Effect this year, {u} (+ = improves)";
    MeasureStart => "Från månad", "From month";
    AddMeasure => "Lägg till åtgärd", "Add measure";
    TargetDeviation => "Mål: prognos jmf budget, {u} (0 = budget i balans)", "Target: forecast vs budget, {u} (0 = budget in balance)";
    ColForecastAfter => "Efter åtgärder", "After measures";
    ColEffects => "Åtgärdernas effekt", "Effect of measures";
    ColTarget => "Mål", "Target";
    ColGapTarget => "Kvar till målet", "Remaining to target";
    // Follow-up as the region reports it (issue 11): stated figures, halves,
    // year-end, the finance administration, forecast development.
    ColOutcomeYear => "Utfall helår", "Actual full year";
    ColVarOutcome => "Utfall jmf budget", "Actual vs budget";
    YearEnd => "Bokslut {y}", "Year-end {y}";
    ChartHeadYearEnd => "{p}: årets utfall jmf budget och föregående år", "{p}: the year's actual vs budget and previous year";
    AccuracyOptimistic => "Prognosen i {p} var {x} {u} för optimistisk: den visade {f} {u} mot budget, året slutade på {o} {u}.", "The {p} forecast was {x} {u} too optimistic: it showed {f} {u} against budget, the year ended at {o} {u}.";
    AccuracyCautious => "Prognosen i {p} var {x} {u} för försiktig: den visade {f} {u} mot budget, året slutade på {o} {u}.", "The {p} forecast was {x} {u} too cautious: it showed {f} {u} against budget, the year ended at {o} {u}.";
    AccuracyExact => "Prognosen i {p} träffade: {f} {u} mot budget, precis som året slutade.", "The {p} forecast was exact: {f} {u} against budget, just as the year ended.";
    MeasuresMissing => "Kvar att hitta till målet: {x} {u}.", "Still to find to reach the target: {x} {u}.";
    MeasuresReached => "Målet nås med {x} {u} till godo.", "The target is reached with {x} {u} to spare.";
    ResultFinance => "Finansförvaltningen, netto", "Finance administration, net";
    ResultUnits => "Förvaltningarnas nettokostnad", "The administrations' net cost";
    ResultRegion => "Regionens resultat", "The region's result";
    ResultCountedExternal => "Förvaltningarna räknas konsoliderat (externt), så att den interna handeln tar ut sig. Balanskravet prövas mot regionens resultat.", "The administrations are consolidated (external), so internal trade cancels out. The balance requirement is judged on the region's result.";
    ResultCountedTotal => "Förvaltningarna räknas med Totalt, eftersom någon rapport saknar Externt; intern handel ingår.", "The administrations count with Total, as some report lacks External; internal trade is included.";
    ResultUnitsOnly => "Resultatet omfattar endast förvaltningarna: läs in finansförvaltningens resultattabell (skatteintäkter, statsbidrag, finansnetto) för regionens resultat.", "This covers the administrations only: load the finance administration's result table (tax revenue, grants, net finance) for the region's result.";
    ColVariance => "Avvikelse", "Variance";
    ColInternalRevenue => "Interna intäkter", "Internal revenue";
    ColInternalCost => "Interna kostnader", "Internal costs";
    ColInternalNet => "Kvar (bör vara 0)", "Left (should be 0)";
    ColInternalShare => "Andel av intern handel", "Share of internal trade";
    MeasuresHint => "Åtgärder och mål anges som avvikelse mot budget, i vald enhet: en åtgärd som sparar 30,2 mnkr är +30,2, och målet 0 är en budget i balans.", "Measures and the target are deviations from budget, in the chosen unit: a measure saving 30.2 mnkr is +30.2, and the target 0 is a budget in balance.";
    MeasureNeedsText => "Skriv vad åtgärden är.", "Describe the measure.";
    MeasureEffectShort => "Effekten", "The effect";
    ContentsUtfallOnly => "endast utfall", "actual only";
    ContentsPrognosOnly => "endast prognos", "forecast only";
    ContentsYearEnd => "bokslut", "year-end";
    FinanceTableName => "Finansförvaltningen", "Finance administration";
    SignsResult => "intäkter +, kostnader −", "revenue +, costs −";
    SignsFr1 => "intäkter −, kostnader + (som FR1)", "revenue −, costs + (as FR1)";
    ChartRounding => "Avrundning", "Rounding";
    ChartForecastDeviation => "Prognos jmf budget", "Forecast vs budget";
    ChartOutcomeDeviation => "Utfall jmf budget", "Actual vs budget";
    ChartOutcomeShort => "Utfall", "Actual";
    ChartDescDevelopment => "Prognosens avvikelse mot budget vid varje rapport (streckad), och årets utfall (fylld). Positiv avvikelse (grön) är gynnsam, negativ (röd) ogynnsam.", "The forecast's deviation from budget at each report (hatched), and the year's outcome (solid). A positive deviation (green) is favourable, a negative one (red) unfavourable.";
    ChartHeadDevelopment => "prognos helår jmf budget per rapport, {p}", "full-year forecast vs budget per report, {p}";
    DevelopmentTitle => "Prognosutveckling", "Forecast development";
    DevelopmentLines => "Per förvaltning och nämnd ({n} rader)", "Per administration and committee ({n} lines)";
    DevelopmentHint => "Nettoresultatets prognos jmf budget vid varje inläst rapport; positiv avvikelse är gynnsam. Nämnd och region summeras bara för månader då alla förvaltningar har rapporterat.", "The net result's forecast against budget at each loaded report; a positive deviation is favourable. Committee and region are summed only for months in which every administration has reported.";
    ColChangeSince => "Förändring", "Change";
    DevelopmentImproved => "Prognosen har förbättrats med {x} {u} sedan {m}, till {v} {u} mot budget.", "The forecast has improved by {x} {u} since {m}, to {v} {u} against budget.";
    DevelopmentWorsened => "Prognosen har försämrats med {x} {u} sedan {m}, till {v} {u} mot budget.", "The forecast has worsened by {x} {u} since {m}, to {v} {u} against budget.";
    DevelopmentUnchanged => "Prognosen är oförändrad sedan {m}: {v} {u} mot budget.", "The forecast is unchanged since {m}: {v} {u} against budget.";
    ChartUnexplained => "Ej förklarat av raderna", "Not explained by the rows";
    StatedRounding => "Rapportens egen siffra. Beräknat: {d}; skillnaden är avrundning.", "The report's own figure. Derived: {d}; the difference is rounding.";
    StatedLegend => "Understrukna avvikelser är rapportens egna siffror; budget − utfall räknat på de avrundade beloppen skiljer sig något (peka på siffran).", "Underlined variances are the report's own figures; budget − actual computed from the rounded amounts differs slightly (point at the figure).";
    StatedDiffers => "Rapportens egen siffra. Beräknat: {d}; skillnaden är större än avrundning (se Anmärkningar).", "The report's own figure. Derived: {d}; the difference is more than rounding (see Findings).";
    GroupingTitle => "Nämnder", "Committees";
    GroupingHint => "Skriv vilken nämnd varje förvaltning hör till. Översikten summerar per nämnd och för regionen; valet sparas och följer med delade länkar.", "Type the committee each administration belongs to. The overview sums per committee and for the region; the choice is saved and travels with shared links.";
    RegionName => "Regionens namn", "Region name";
    FrEmptyTitle => "Budgetramar för kommande år", "Budget frames for the coming years";
    FrEmptyBody => "Läs in ramtabellen som regionen publicerat (nämnd, förvaltning, IPDK, ett år per kolumn) eller utgå från budget helår i de inlästa FR1-rapporterna. De beslutade åren visas som de är; de följande åren räknas fram med planeringsdirektivets regler, och balanskravet räknas om direkt.", "Load the frame table the region published (committee, administration, IPDK, one year per column) or start from the full-year budget of the loaded FR1 reports. Decided years are shown as they are; the years after them are computed with the planning directive's rules, and the balance requirement is recomputed at once.";
    FrPickTable => "Välj ramtabell…", "Choose frame table…";
    FrSample => "Läs in exempel på budgetramar", "Load example budget frames";
    FrFromFr1 => "Utgå från inlästa FR1-rapporters budget", "Start from the loaded FR1 reports' budget";
    FrRestart => "Börja om", "Start over";
    FrRestartQuestion => "Ta bort budgetramarna och alla scenarier?", "Remove the budget frames and all scenarios?";
    FrScenarios => "Scenarier", "Scenarios";
    FrScenarioName => "Namn på nytt scenario", "Name of new scenario";
    FrAddScenario => "Kopiera till nytt scenario", "Copy to new scenario";
    FrRules => "Regler", "Rules";
    FrRulesHint => "Procent per år för de år som räknas fram (efter basåret), räknat på basårets rader och ackumulerat år för år. Varje rad avrundas till hela tkr; summorna är summor av de avrundade raderna.", "Percent per year for the years computed (after the base year), applied to the base year's lines and compounded year by year. Each line is rounded to whole tkr; sums are sums of the rounded lines.";
    FrIndexation => "Indexering", "Indexation";
    FrWage => "Löneökning (central lönepott)", "Wage increase (central pot)";
    FrEfficiency => "Effektiviseringskrav", "Efficiency requirement";
    FrChanges => "Ramförändringar", "Frame changes";
    FrCategory => "Kategori", "Category";
    FrKind => "Typ", "Kind";
    FrAmount => "Belopp", "Amount";
    FrNote => "Kommentar", "Note";
    FrAddChange => "Lägg till ramförändring", "Add frame change";
    FrTableTitle => "Ramar per nämnd och förvaltning", "Frames per committee and administration";
    FrTableCaption => "Nettoramar per nämnd och förvaltning; klicka på en förvaltning för dess rader", "Net frames per committee and administration; click an administration for its lines";
    FrWagePot => "Central lönepott", "Central wage pot";
    FrComparison => "Scenariojämförelse", "Scenario comparison";
    FrBalanceTitle => "Balanskravet", "Balance requirement";
    FrBalanceHint => "Resultat = skatteintäkter och statsbidrag − nettoramar − central lönepott + finansnetto − omställningskostnad + besparing. Balanskravsresultat = resultat − balanskravsjusteringar. Ett underskott ska återställas inom tre år, utom det som fullmäktige beslutat ska belasta eget kapital (synnerliga skäl). Skatteintäkterna är förifyllda med varje beslutat års nettoramar (basårets för de år som räknas fram): skriv in budgetens belopp.", "Result = tax revenue and grants − net frames − central wage pot + net finance − restructuring cost + savings. Balance result = result − balance-requirement adjustments. A deficit must be restored within three years, except what the council decided to charge to equity (synnerliga skäl). Tax revenue starts at each decided year's net frames (the base year's in the years computed): enter the budget's amounts.";
    FrRevenues => "Skatteintäkter och generella statsbidrag", "Tax revenue and general grants";
    FrNetFrames => "Nettoramar", "Net frames";
    FrFinance => "Finansnetto", "Net finance";
    FrPlanCost => "Omställningskostnad", "Restructuring cost";
    FrPlanSavings => "Besparing", "Savings";
    FrResult => "Årets resultat", "Result for the year";
    FrBalanceResult => "Balanskravsresultat", "Balance result";
    FrEquity => "Eget kapital", "Equity";
    FrRemaining => "Kvar att återställa", "Left to restore";
    FrOverdue => "Förfallet, ej återställt", "Overdue, not restored";
    FrPlanTitle => "Omställningsplan", "Restructuring plan";
    FrPlanSavingsPerYear => "Besparing per år", "Savings per year";
    FrPlanFrom => "Besparing från år", "Savings from year";
    MeasureFromShort => "från", "from";
    ExportCsvHint => "Spara tabellen som CSV (semikolon, decimalkomma) för Excel", "Save the table as CSV (semicolon, decimal comma) for Excel";
    ExportXlsxHint => "Spara tabellen som Excel-arbetsbok", "Save the table as an Excel workbook";
    FrEfficiencyTaken => "Effektivisering, avdragen från ramen", "Efficiency, taken off the frame";
    FrNonIndexed => "Delar som inte räknas upp", "Parts not indexed";
    FrNonIndexedShare => "Andel som inte indexeras, %", "Share not indexed, %";
    FrAddNonIndexed => "Lägg till andel", "Add share";
    FrKindReduction => "Ramreducering", "Frame reduction";
    FrKindReinforcement => "Ramförstärkning", "Frame reinforcement";
    FrKindOneOff => "Engångsförändring", "One-off change";
    FrProblemHorizon => "Planperioden ska omfatta {min}–{max} år, inte {years}.", "The plan period must cover {min}–{max} years, not {years}.";
    FrProblemBase => "Basåret {base} har inga beslutade ramar i tabellen.", "The base year {base} has no decided frames in the table.";
    FrProblemBaseEarly => "Basåret {base} ligger för långt före planperioden som börjar {first}.", "The base year {base} is too far before the plan period starting {first}.";
    FrProblemPercent => "{what}: {percent} % är inte en rimlig procentsats.", "{what}: {percent} % is not a reasonable percentage.";
    FrProblemUnknown => "Det finns ingen förvaltning, grupp eller nämnd som heter ”{name}” i tabellen.", "There is no administration, group or committee called “{name}” in the table.";
    FrProblemAmount => "{what}: {amount} är större än vad som går att räkna med.", "{what}: {amount} is larger than can be computed with.";
    FrProblemYear => "{what}: året {year} går inte att räkna med.", "{what}: the year {year} cannot be computed with.";
    FrProblemDeficitInPeriod => "Underskottet från {arose} ska ligga före planperioden, som börjar {first}.", "The deficit from {arose} must lie before the plan period, which starts {first}.";
    FrProblemDueBeforeArose => "Underskottet från {arose} kan inte förfalla {due}, före året det uppstod.", "The deficit from {arose} cannot be due by {due}, before the year it arose.";
    FrProblemNoYears => "Ramarna saknar år att räkna balanskravet för.", "The frames have no years to compute the balance requirement for.";
    FrProblemTooLarge => "{what} {year} blir större än vad som går att räkna med; kontrollera beloppen.", "{what} {year} becomes larger than can be computed with; check the amounts.";
    FrScenarioProblem => "Scenariot ”{scenario}”: {detail}", "Scenario “{scenario}”: {detail}";
    FrObligation => "{amount} {unit} att återställa senast {due} (uppstod {arose}).", "{amount} {unit} to restore by {due} (arose {arose}).";
    FrOpeningEquity => "Ingående eget kapital", "Opening equity";
    FrDecided => "beslutad", "decided";
    FrComputed => "beräknad", "computed";
    FrLegendDecided => "{years} beslutade ramar", "{years} decided frames";
    FrLegendComputed => "{years} beräknade med reglerna från {base}", "{years} computed by the rules from {base}";
    FrStatedDiffers => "Filens summa; raderna summerar till något annat (se anmärkningarna).", "The file's sum; its lines sum to something else (see the findings).";
    FrDiffersBy => "Skiljer sig {diff} från den beslutade ramen.", "Differs by {diff} from the decided frame.";
    FrRegionSummed => "Beräknad: summan av nämndernas angivna Summa-rader; tabellen anger ingen summa för regionen.", "Computed: the sum of the committees' stated Summa rows; the table states no total for the region.";
    FrRegionSummedMark => "(beräknad: nämndernas summor)", "(computed: the committees' sums)";
    FrRegionTotal => "Summa regionen", "Total for the region";
    FrExportLabel => "Nämnd / förvaltning / rad", "Committee / administration / line";
    FrReproduced => "Reglerna från {base} återskapar de beslutade ramarna {years} exakt: alla {n} rader och summor stämmer till tkr.", "The rules from {base} reproduce the decided frames {years} exactly: all {n} lines and sums agree to the tkr.";
    FrReproducedNot => "Reglerna från {base} återskapar inte de beslutade ramarna {years}: {k} av {n} rader och summor skiljer sig.", "The rules from {base} do not reproduce the decided frames {years}: {k} of {n} lines and sums differ.";
    FrDifference => "{label} {year}: beslutad {decided}, beräknad {computed}", "{label} {year}: decided {decided}, computed {computed}";
    FrEfficiencyNote => "Andel av {categories} per förvaltning, avrundat till hela tkr; nämndens belopp är summan.", "A share of {categories} per administration, rounded to whole tkr; the committee's amount is the sum.";
    FrEfficiencyCompounded => "Kravet ackumuleras över planperioden.", "The requirement compounds over the plan period.";
    FrEfficiencyNotCompounded => "Varje års krav gäller det årets kostnader, utan ackumulering.", "Each year's requirement applies to that year's costs, not compounded.";
    FrEfficiencyDeducted => "Det är avdraget från de beräknade ramarna.", "It is taken off the computed frames.";
    FrEfficiencyNotDeducted => "Det är inte avdraget från ramarna: nämnderna ska beskriva konsekvensen.", "It is not taken off the frames: the committees describe its consequence.";
    FrExempt => "Undantagna: {names}.", "Exempt: {names}.";
    FrWagePotNote => "Personalramarna ligger kvar i {level} års lönenivå; löneökningarna från {first} hålls i en central pott som räknas i balanskravet.", "Personnel frames stay at {level}'s wage level; the wage increases from {first} on are held in a central pot, counted in the balance requirement.";
    FrFindingsNotes => "Noteringar i ramtabellen ({total}; inga fel)", "Notes on the frame table ({total}; no errors)";
    FrFindingsCount => "Anmärkningar i ramtabellen ({total}, varav {w} att kontrollera)", "Findings in the frame table ({total}, of which {w} to check)";
    FrFr1Source => "FR1-rapporternas budget helår", "The FR1 reports' full-year budget";
    FrNoYears => "Tabellen har inga år att utgå från.", "The table has no years to start from.";
    FrReplaceFramesQuestion => "Ersätta budgetramarna (och deras scenarier) med den nya ramtabellen?", "Replace the budget frames (and their scenarios) with the new frame table?";
    FrPlanPeriod => "Planperiod och basår", "Plan period and base year";
    FrPlanFirst => "Första planår", "First plan year";
    FrPlanYears => "Antal år", "Number of years";
    FrPlanBase => "Räkna fram från basår", "Compute from base year";
    FrPlanHint => "Beslutade år visas som i filen. Åren efter basåret räknas fram med reglerna nedan; välj ett tidigare basår för att se om reglerna återskapar de beslutade ramarna, eller fler år för att förlänga planen.", "Decided years are shown as in the file. The years after the base year are computed with the rules below; choose an earlier base year to see whether the rules reproduce the decided frames, or more years to extend the plan.";
    FrIndexationTitle => "Uppräkning de år som räknas fram", "Indexation in the years computed";
    FrNothingComputed => "Alla år i planperioden är beslutade. Välj ett tidigare basår eller fler år ovan för att räkna fram ramar med regler.", "Every year of the plan period is decided. Choose an earlier base year or more years above to compute frames with rules.";
    FrPlanRulesTitle => "Lönepott och effektiviseringskrav, hela planperioden", "Wage pot and efficiency requirement, the whole plan period";
    FrPlanRulesHint => "Personalramarna ligger kvar i lönenivån året före planperioden; löneökningen per år från första planåret hålls i en central lönepott. Effektiviseringskravet är en andel av kostnaderna som varje nämnd ska beskriva konsekvensen av.", "Personnel frames stay at the wage level of the year before the plan; the yearly wage increase from the first plan year on is held in a central wage pot. The efficiency requirement is a share of costs whose consequence each committee describes.";
    FrEfficiencyCompound => "Ackumulera kravet över planperioden", "Compound the requirement over the plan period";
    FrEfficiencyDeduct => "Dra av kravet från de beräknade ramarna", "Take the requirement off the computed frames";
    FrEfficiencyExempt => "Undantagna från effektiviseringskravet", "Exempt from the efficiency requirement";
    FrWageExempt => "Undantagna från lönepotten", "Exempt from the wage pot";
    FrAddExempt => "Lägg till förvaltning…", "Add administration…";
    FrExceptions => "Undantag: egna uppräkningssatser", "Exceptions: own indexation rates";
    FrExceptionsHint => "Egna satser för en förvaltning, grupp eller nämnd, för en kategori eller alla. Lämna alla år tomma för ”räknas inte upp”. Förvaltningens regel går före gruppens, gruppens före nämndens.", "Own rates for an administration, group or committee, for one category or all. Leave every year empty for “not indexed”. The administration's rule comes before its group's, the group's before its committee's.";
    FrScope => "Gäller", "Applies to";
    FrGroup => "grupp", "group";
    FrNamnd => "nämnd", "committee";
    FrAllCategories => "alla kategorier", "all categories";
    FrNotIndexed => "räknas inte upp", "not indexed";
    FrAddException => "Lägg till undantag", "Add exception";
    FrChangesCaption => "Ramförändringarnas effekt per år", "Effect of the frame changes per year";
    FrChangeInBase => "ingår redan i de beslutade ramarna", "already in the decided frames";
    FrDiffShort => "skillnad", "difference";
    FrDifferences => "Skillnader", "Differences";
    FrShowLines => "Visa alla rader", "Show all lines";
    FrHideLines => "Dölj raderna", "Hide the lines";
    FrEfficiencyPerNamnd => "Effektiviseringskrav per nämnd", "Efficiency requirement per committee";
    FrPerNamndTitle => "Per nämnd: effektiviseringskrav och lönepott", "Per committee: efficiency requirement and wage pot";
    FrPaybackIn => "{name} är återbetald {year}.", "{name} pays back in {year}.";
    FrPaybackNever => "{name} betalar inte tillbaka sig med de besparingar som angetts.", "{name} does not pay back with the savings given.";
    FrAdjustments => "Balanskravsjusteringar", "Balance-requirement adjustments";
    FrChargedToEquity => "varav mot eget kapital (återställs inte)", "of which charged to equity (not restored)";
    FrRestored => "Återställt", "Restored";
    FrEarlierDeficits => "Tidigare års underskott att återställa", "Earlier years' deficits to restore";
    FrDeficitArose => "Uppstod år", "Arose in";
    FrDeficitDue => "Återställs senast år", "Restore by";
    FrFieldError => "{field}: {error}", "{field}: {error}";
    FrDeficitYearNeeded => "Ange året underskottet uppstod.", "Give the year the deficit arose.";
    FrDeficitItem => "{amount} {unit} från {arose}, att återställa senast {due}", "{amount} {unit} from {arose}, to restore by {due}";
    FrAddDeficit => "Lägg till underskott", "Add deficit";
    FrRestructuringHint => "Kostnader för omställning som sänker kostnaderna senare. Kryssa i om fullmäktige beslutat att kostnaden ska belasta eget kapital (synnerliga skäl): då skapar den inget krav på återställande.", "Costs of restructuring that lowers costs later. Tick it if the council decided to charge the cost to equity (synnerliga skäl): then it creates no obligation to restore.";
    FrRestructuringName => "Omställning", "Restructuring";
    FrRestructuringItem => "{name}: kostnad {costs}; besparing {savings} {unit} per år från {from}", "{name}: cost {costs}; savings {savings} {unit} a year from {from}";
    FrChargedToEquityChoice => "mot eget kapital (synnerliga skäl)", "charged to equity (synnerliga skäl)";
    FrAddRestructuring => "Lägg till omställning", "Add restructuring";
    FrFindNoUnit => "{sheet}: rubriken anger inte om beloppen är i tkr eller mnkr; de läses som tkr.", "{sheet}: the title does not say whether amounts are in tkr or mnkr; they are read as tkr.";
    FrFindDuplicateYear => "året {year} finns redan i en kolumn till vänster; den här kolumnen räknas inte.", "the year {year} is already in a column to the left; this column is not counted.";
    FrNoTable => "Hittade ingen tabell med budgetramar i {sheets}: det behövs en rubrikrad med Förvaltning, IPDK (eller Kategori) och en kolumn per år.", "Found no table of budget frames in {sheets}: it needs a header row with Förvaltning, IPDK (or Kategori) and one column per year.";
    FrSliderLabel => "{label} (reglage)", "{label} (slider)";
    FrNoRows => "Tabellen i {sheet} har inga rader med ramar under rubrikraden.", "The table in {sheet} has no frame rows under its header row.";
    FrFindNotAmount => "”{text}” är inte ett belopp (år {year}); cellen räknas inte.", "“{text}” is not an amount (year {year}); the cell is not counted.";
    FrFindUnknownRow => "”{text}” är ingen ramrad (Intäkter, Personal, Drift, Kapitalkostnader/Avskrivningar, Finansiering eller (summa)); raden räknas inte.", "“{text}” is not a frame line (Intäkter, Personal, Drift, Kapitalkostnader/Avskrivningar, Finansiering or (summa)); the row is not counted.";
    FrFindNoForvaltning => "raden {line} står före någon förvaltning och räknas inte.", "the line {line} comes before any administration and is not counted.";
    FrFindDuplicateLine => "{line} för {unit} står redan på en rad ovanför; raden räknas inte.", "{line} for {unit} is already on a row above; this row is not counted.";
    FrFindSummaRounding => "{label} {year} skiljer sig {diff} {unit} från raderna, vilket är avrundning.", "{label} {year} differs by {diff} {unit} from its lines, which is rounding.";
    FrFindSummaMismatch => "{label} {year} anger {stated} men raderna summerar till {derived} (skillnad {diff} {unit}). Sidan visar filens summa.", "{label} {year} states {stated} but its lines sum to {derived} (difference {diff} {unit}). The page shows the file's sum.";
    FrFindSummaTooLarge => "{label} {year} går inte att kontrollera: raderna summerar till mer än vad som går att räkna med.", "{label} {year} cannot be checked: its lines sum to more than can be computed with.";
    FrFindSummaNameDiffers => "”{label}” står där ”{closes}” slutar och läses som dess summa.", "“{label}” stands where “{closes}” ends and is read as its sum.";
    FrFindSummaUnmatched => "hittar inga rader som ”{label}” summerar; kontrollera namnet.", "no rows found that “{label}” sums; check the name.";
    FrFindYearConflict => "{line} {year} står redan som {kept} på bladet {sheet}; {other} här räknas inte.", "{line} {year} is already {kept} on sheet {sheet}; {other} here is not counted.";
    FrFindOtherUnit => "{sheet} är i {from}; beloppen räknas om exakt till {to}.", "{sheet} is in {from}; its amounts are converted exactly to {to}.";
    // The reader's view (issue 13): presentation mode as a board summary,
    // the narrative in words, the printed report and the link as a QR code.
    StandingBetter => "Bättre än budget", "Better than budget";
    StandingWorse => "Sämre än budget", "Worse than budget";
    StandingOnBudget => "Enligt budget", "On budget";
    ReaderYtd => "Utfall till och med {m}", "Actual up to {m}";
    ReaderYear => "Prognos för helåret {y}", "Full-year forecast {y}";
    ReaderResult => "Resultat", "Result";
    ReaderNetCost => "Nettokostnad", "Net cost";
    ReaderVsBudget => "mot budget", "against budget";
    ReaderUnitsTitle => "Förvaltningarna mot budget", "The administrations against budget";
    ReaderNamnderTitle => "Nämnderna mot budget", "The committees against budget";
    ReaderUnitsHint => "Störst avvikelse först. Tryck på en förvaltning för att öppna den.", "Largest deviation first. Tap an administration to open it.";
    ReaderCardYtd => "Hittills i år", "Year to date";
    ReaderCardForecast => "Prognos helår", "Full-year forecast";
    ReaderCardYearEnd => "Bokslut", "Year-end";
    ReaderCardSince => "Sedan {m}", "Since {m}";
    ReaderSummary => "Sammanfattning", "Summary";
    PresentationShort => "Delad vy: inget sparas på den här enheten.", "Shared view: nothing is saved on this device.";
    ShowDetails => "Visa detaljer", "Show details";
    HideDetails => "Dölj detaljer", "Hide details";
    PrintReport => "Skriv ut rapport", "Print report";
    ShareQr => "Skanna koden med mobilens kamera för att öppna länken.", "Scan the code with a phone's camera to open the link.";
    ShareQrTooLong => "Länken är för lång för en QR-kod; skicka den som text.", "The link is too long for a QR code; send it as text.";
    ListAnd => "och", "and";
    NrBetterBy => "{x} {u} bättre än budget", "{x} {u} better than budget";
    NrWorseBy => "{x} {u} sämre än budget", "{x} {u} worse than budget";
    NrOnBudget => "i nivå med budget", "on budget";
    NrRegionYear => "Regionens resultat för {y} väntas bli {a} {u}, {dev}.", "The region's result for {y} is forecast at {a} {u}, {dev}.";
    NrRegionYtd => "Till och med {m} är resultatet {a} {u}, {dev}.", "Up to {m} the result is {a} {u}, {dev}.";
    NrRegionYtdOnly => "Till och med {m} är regionens resultat {a} {u}, {dev}.", "Up to {m} the region's result is {a} {u}, {dev}.";
    NrRegionYearEnd => "Regionens resultat för {y} blev {a} {u}, {dev}.", "The region's result for {y} was {a} {u}, {dev}.";
    NrUnitsYear => "Nettokostnaden för {who} väntas bli {a} {u} för {y}, {dev}.", "The net cost of {who} is forecast at {a} {u} for {y}, {dev}.";
    NrUnitsYtd => "Till och med {m} är nettokostnaden {a} {u}, {dev}.", "Up to {m} the net cost is {a} {u}, {dev}.";
    NrUnitsYtdOnly => "Till och med {m} är nettokostnaden för {who} {a} {u}, {dev}.", "Up to {m} the net cost of {who} is {a} {u}, {dev}.";
    NrUnitsYearEnd => "Nettokostnaden för {who} blev {a} {u} för {y}, {dev}.", "The net cost of {who} was {a} {u} for {y}, {dev}.";
    NrTheUnits => "förvaltningarna", "the administrations";
    NrNoForecast => "Rapporterna har ingen helårsprognos.", "The reports carry no full-year forecast.";
    NrWorseForecast => "Sämre än budget i helårsprognosen: {list}.", "Worse than budget in the full-year forecast: {list}.";
    NrBetterForecast => "Bättre än budget i helårsprognosen: {list}.", "Better than budget in the full-year forecast: {list}.";
    NrWorseYtd => "Sämre än budget hittills i år: {list}.", "Worse than budget so far this year: {list}.";
    NrBetterYtd => "Bättre än budget hittills i år: {list}.", "Better than budget so far this year: {list}.";
    NrWorseYearEnd => "Sämre än budget i bokslutet: {list}.", "Worse than budget at year-end: {list}.";
    NrBetterYearEnd => "Bättre än budget i bokslutet: {list}.", "Better than budget at year-end: {list}.";
    NrAllOnBudget => "Alla förvaltningar ligger i nivå med budget.", "Every administration is on budget.";
    NrListItem => "{name} ({x} {u})", "{name} ({x} {u})";
    NrChangeCombined => "Förvaltningarnas samlade prognos", "The administrations' combined forecast";
    NrChangeOne => "Prognosen", "The forecast";
    NrChangeImproved => "{who} har förbättrats med {x} {u} sedan {m}, till {v} {u} mot budget.", "{who} has improved by {x} {u} since {m}, to {v} {u} against budget.";
    NrChangeWorsened => "{who} har försämrats med {x} {u} sedan {m}, till {v} {u} mot budget.", "{who} has worsened by {x} {u} since {m}, to {v} {u} against budget.";
    NrChangeUnchanged => "{who} är oförändrad sedan {m}: {v} {u} mot budget.", "{who} is unchanged since {m}: {v} {u} against budget.";
    NrMeasures => "Beslutade åtgärder för {name} på {x} {u} ger en prognos på {v} {u} mot budget.", "Decided measures for {name} of {x} {u} bring the forecast to {v} {u} against budget.";
    NrBalanceMet => "Balanskravet uppfylls alla år {from}–{to} (scenario {s}).", "The balance requirement is met in every year {from}–{to} (scenario {s}).";
    NrBalanceNotMet => "Balanskravet uppfylls inte {list} (scenario {s}).", "The balance requirement is not met in {list} (scenario {s}).";
    NrBalanceYear => "{y} ({x} {u})", "{y} ({x} {u})";
    NrBalanceRemaining => "Efter {y} återstår {x} {u} att återställa.", "After {y}, {x} {u} remain to be restored.";
    ReportTitle => "Ekonomisk uppföljning", "Financial follow-up";
    ReportPrinted => "Utskriven {d}", "Printed {d}";
    ReportScope => "Omfattar {n} förvaltningar", "Covers {n} administrations";
    ReportScopeOne => "Omfattar {name}", "Covers {name}";
    ReportAmounts => "Belopp i mnkr. Avvikelse = budget − utfall (eller prognos): positiv avvikelse är bättre än budget, negativ sämre.", "Amounts in mnkr. Deviation = budget − actual (or forecast): a positive deviation is better than budget, a negative one worse.";
    ReportContents => "Innehåll", "Contents";
    ReportOverview => "Översikt per förvaltning", "Overview per administration";
    ReportDevelopment => "Prognosutveckling", "Forecast development";
    ReportFrames => "Budgetramar och balanskrav", "Budget frames and the balance requirement";
    ReportPage => "Sida", "Page";
    ReportOf => "av", "of";
    ReportClose => "Tillbaka", "Back";
    SaveOffline => "Spara för offline-bruk", "Save for offline use";
    SaveOfflineBusy => "Sparar för offline-bruk …", "Saving for offline use …";
    SaveOfflineDone => "Sparad i den här webbläsaren: Budgetkoll öppnas utan nät.", "Saved in this browser: Budgetkoll opens without a network.";
    SaveOfflineFailed => "Kunde inte sparas för offline-bruk ({e}). Försök igen när nätet är tillbaka.", "Could not be saved for offline use ({e}). Try again when the network is back.";
    SaveOfflineFile => "Ladda ner som en fil", "Download as one file";
    ChartActual => "Utfall", "Actual";
    ChartForecast => "Prognos", "Forecast";
    ChartBudget => "Budget", "Budget";
    ChartPrevYear => "Föreg. år", "Previous year";
    ChartVariance => "Avvikelse mot budget", "Variance to budget";
    ChartVariancePct => "Avvikelse mot budget, %", "Variance to budget, %";
    ChartTotal => "Totalt", "Total";
    ChartSharedScale => "gemensam skala", "shared scale";
    ChartHeadAc => "utfall {p} jmf budget och föregående år", "actual {p} vs budget and previous year";
    ChartHeadFc => "prognos helår, {p}, jmf budget och föregående år", "full-year forecast, {p}, vs budget and previous year";
    ChartHeadBridgeAc => "nettoresultat: från budget till utfall", "net result: from budget to actual";
    ChartHeadBridgeFc => "nettoresultat helår: från budget till prognos", "full-year net result: from budget to forecast";
    ChartHeadOverview => "Nettoresultat, utfall jmf budget per förvaltning", "Net result, actual vs budget per administration";
    ChartHeadYtd => "ackumulerat {p}", "year to date, {p}";
    ChartHeadTrend => "nettoresultat ackumulerat {p}: utfall mot budget", "net result year to date {p}: actual against budget";
    ChartVarianceAbs => "Δ Budget", "Δ Budget";
    ChartVariancePctShort => "Δ Budget %", "Δ Budget %";
    ChartNetResult => "Nettoresultat", "Net result";
    ChartActualYtd => "Utfall ack", "Actual YTD";
    ChartBudgetEvenYtd => "Budget ack (jämn)", "Budget YTD (even)";
    ChartBudgetSeasonalYtd => "Budget ack (säsong)", "Budget YTD (seasonal)";
    ChartPrevYearYtd => "Föreg. år ack", "Previous year YTD";
    ChartForecastYear => "Prognos helår", "Forecast full year";
    RegionExternal => "{p}, externt (konsoliderat)", "{p}, external (consolidated)";
    ResidualShare => " ({p} av den interna handeln)", " ({p} of internal trade)";
    ResidualSentence => "Utfall ack: interna intäkter {a} och interna kostnader {b} lämnar {c} {u}{s}; bör vara nära 0.", "Actual YTD: internal revenue {a} and internal costs {b} leave {c} {u}{s}; should be close to 0.";
    ChartBudgetEven => "Budget, jämn", "Budget, even";
    ChartBudgetSeasonal => "Budget, säsong", "Budget, seasonal";
    ChartMonths => "jan feb mar apr maj jun jul aug sep okt nov dec", "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec";
    ChartDescColumns => "Stapeldiagram per kategori: utfall eller prognos mot budget och avvikelsen i kronor och procent. Positiv avvikelse (grön) är gynnsam, negativ (röd) ogynnsam.", "Column chart per category: actual or forecast against budget and the variance in money and percent. A positive variance (green) is favourable, a negative one (red) unfavourable.";
    ChartDescBridge => "Brygga från budget till utfall: varje stapel är en avvikelse. Positiv avvikelse (grön) är gynnsam, negativ (röd) ogynnsam.", "Bridge from budget to actual: each bar is a variance. A positive variance (green) is favourable, a negative one (red) unfavourable.";
    ChartDescOverview => "Avvikelse per förvaltning, från största ogynnsamma till största gynnsamma, och totalen. Positiv avvikelse (grön) är gynnsam, negativ (röd) ogynnsam.", "Variance per administration, from the largest unfavourable to the largest favourable, and the total. A positive variance (green) is favourable, a negative one (red) unfavourable.";
    ChartDescTrend => "Ackumulerat utfall per månad jämfört med budget.", "Accumulated actual per month compared with budget.";
    ChartDescBalance => "Balanskravsresultat per år: grön stapel uppfyller balanskravet, röd lämnar ett underskott som ska återställas inom tre år.", "Balance result per year: a green column meets the balance requirement, a red one leaves a deficit to restore within three years.";
    ChartBalanceSubtitle => "balanskravsresultat per år, scenario {p}", "balance result per year, scenario {p}";
    ChartAxisBroken => "Värdeaxeln är bruten: start- och slutstapeln börjar inte vid noll.", "The value axis is broken: the start and end bars do not begin at zero.";
    // Import findings and refusals (src/finding.rs, src/intake.rs,
    // src/import/error.rs): the sentences are built from typed values at
    // display time, so they follow the page's language.
    FindMismatch => "{at}: {what} {computed} men {stated_what} {stated} (skillnad {diff} {unit})", "{at}: {what} {computed} but {stated_what} {stated} (difference {diff} {unit})";
    FindRounding => "{at}: {what} {computed} och {stated_what} {stated}; skillnaden {diff} {unit} är avrundning", "{at}: {what} {computed} and {stated_what} {stated}; the difference of {diff} {unit} is rounding";
    FindOutOfRange => "{at}: {what} ett belopp som är för stort för att räkna med", "{at}: {what} an amount too large to compute with";
    FindSumParts => "Externt och Internt summerar till", "Externt and Internt sum to";
    FindSumTerm => "{terms} anger", "{terms} states";
    FindSumTerms => "{terms} summerar till", "{terms} sum to";
    FindDiffGives => "{reference} − {actual} blir", "{reference} − {actual} gives";
    FindStatedTotal => "Totalt anger", "Totalt states";
    FindStatedRow => "raden anger", "the row states";
    FindStatedColumn => "kolumnen anger", "the column states";
    FindTermsSubRows => "delraderna", "the sub-rows";
    FindTermsIntakter => "Intäkter", "Intäkter";
    FindTermsCosts => "Personal, Drift och Kapitalkostnad", "Personal, Drift and Kapitalkostnad";
    FindTermsTotals => "totala intäkter och kostnader", "total revenue and costs";
    FindUnevenBudget => "{at}: Budget helår {full_year} × {months}/12 blir {expected} men raden anger {stated} (skillnad {diff} {unit}); budgeten är inte jämnt fördelad över året", "{at}: Budget helår {full_year} × {months}/12 gives {expected} but the row states {stated} (difference {diff} {unit}); the budget is not spread evenly over the year";
    FindTotalOnly => "tabellen har bara Totalt-kolumner; Externt och Internt saknas", "the table has only Totalt columns; Externt and Internt are missing";
    FindSecondTable => "en andra {report}-tabell; den vid {used} används och den här läses inte", "a second {report} table; the one at {used} is used and this one is not read";
    FindReportGuessed => "rubrikerna säger inte om tabellen är Utfall eller Prognos; den läses som Utfall", "the headers do not say whether the table is Utfall or Prognos; it is read as Utfall";
    FindRowNotInForm => "raden ”{text}” finns inte i FR1-mallen och lästes inte", "the row “{text}” is not in the FR1 form and was not read";
    FindRowRepeated => "raden {row} står redan på rad {first}; den här läses inte", "the row {row} is already on row {first}; this one is not read";
    FindRowsMissing => "tabellen saknar raderna {rows}", "the table lacks the rows {rows}";
    FindMetaUnreadable => "{field} ”{value}” går inte att läsa{hint}", "{field} “{value}” cannot be read{hint}";
    FindMetaHintPeriod => "; väntade en månad och ett år, t.ex. mars 2024 eller 2024-03", "; expected a month and a year, e.g. mars 2024 or 2024-03";
    FindMetaHintUnit => "; väntade TKR, MNKR eller KR", "; expected TKR, MNKR or KR";
    FindMetaConflict => "{field} anges här som ”{shown}” men som ”{first}” i {first_at}; ”{first}” används", "{field} is given here as “{shown}” but as “{first}” in {first_at}; “{first}” is used";
    FindFinanceNoPeriod => "tabellen anger ingen period (t.ex. Period: juni 2024); den kan inte jämföras med förvaltningarnas rapporter", "the table states no period (e.g. Period: juni 2024); it cannot be compared with the administrations' reports";
    FindFinanceNoUnit => "tabellen anger inte beloppsenheten (Belopp: MNKR); den läses i tkr", "the table does not state its unit (Belopp: MNKR); it is read in tkr";
    FindFinanceYearOnly => "perioden anges bara som året {year}; tabellen läses som årets bokslut (december {year})", "the period is given only as the year {year}; the table is read as the year's outcome (December {year})";
    FindFinanceSignsConflict => "teckenanvisningarna säger emot varandra; den första används", "the sign notes contradict each other; the first is used";
    FindFinanceNoSignRule => "tabellen anger ingen teckenregel (Intäkter + / Kostnader -); {why}", "the table states no sign rule (Intäkter + / Kostnader -); {why}";
    FindSignsNegativeTax => "Skatteintäkterna är negativa, så tabellen läses med FR1:s tecken (intäkter −, kostnader +)", "Skatteintäkter are negative, so the table is read with FR1's signs (revenue −, costs +)";
    FindSignsPositiveTax => "Skatteintäkterna är positiva, så tabellen läses med intäkter +, kostnader −", "Skatteintäkter are positive, so the table is read with revenue +, costs −";
    FindSignsNoTax => "tabellen läses med intäkter +, kostnader −", "the table is read with revenue +, costs −";
    FindFinanceRounding => "{what} blir {derived} och tabellen anger {stated}; skillnaden {diff} {unit} är avrundning", "{what} gives {derived} and the table states {stated}; the difference of {diff} {unit} is rounding";
    FindFinanceMismatch => "{what} blir {derived} men tabellen anger {stated} (skillnad {diff} {unit})", "{what} gives {derived} but the table states {stated} (difference {diff} {unit})";
    FindFinanceVariance => "{label}, avvikelse {half}: utfall − budget", "{label}, variance {half}: actual − budget";
    FindFinanceTotal => "{label}, {name} {half}: raderna summerar till", "{label}, {name} {half}: the lines sum to";
    FindHalfYtd => "ackumulerat", "year to date";
    FindHalfYear => "helår", "full year";
    FindFigureActual => "utfall", "actual";
    FindFigureBudget => "budget", "budget";
    FindFigureVariance => "avvikelse", "variance";
    NumNotANumber => "väntade ett belopp men fann ”{text}”", "expected an amount but found “{text}”";
    NumErrorValue => "cellen innehåller felvärdet {text}", "the cell holds the error value {text}";
    NumTooLarge => "beloppet ”{text}” är större än vad ett belopp kan vara (högst {max})", "the amount “{text}” is larger than an amount can be (at most {max})";
    ImpSubjectFile => "Filen {file}", "The file {file}";
    ImpSubjectText => "Texten", "The text";
    ImpEmpty => "är tom.", "is empty.";
    ImpTooLarge => "är för stor ({size}); högst {max}.", "is too large ({size}); at most {max}.";
    ImpUnknownFormat => "har ett format som inte känns igen (väntade .xlsx, .xls, .ods, .csv, .tsv eller .txt).", "has a format that is not recognised (expected .xlsx, .xls, .ods, .csv, .tsv or .txt).";
    ImpEncrypted => "är lösenordsskyddad/krypterad och kan inte läsas; spara en kopia utan lösenord och läs in den i stället.", "is password-protected/encrypted and cannot be read; save a copy without a password and read that instead.";
    ImpNotAWorkbook => "kunde inte läsas som {format}: innehållet är ingen arbetsbok (det kan vara en textfil eller webbsida med fel filändelse); spara om den som .xlsx eller .csv.", "could not be read as {format}: its content is no workbook (it may be a text file or web page with the wrong file extension); save it again as .xlsx or .csv.";
    ImpUnreadable => "kunde inte läsas som {format}: filen verkar skadad ({detail}).", "could not be read as {format}: the file seems damaged ({detail}).";
    ImpOnSheet => "bladet {sheet}: {detail}", "sheet {sheet}: {detail}";
    ImpNoAnswer => "kunde inte läsas som {format}: {fault}.", "could not be read as {format}: {fault}.";
    WorkerNotStarted => "kalkylbladsläsaren kunde inte startas", "the spreadsheet reader could not be started";
    WorkerStopped => "kalkylbladsläsaren stannade", "the spreadsheet reader stopped";
    WorkerNoAnswer => "kalkylbladsläsaren svarade inte", "the spreadsheet reader did not answer";
    WorkerMisunderstood => "kalkylbladsläsaren kunde inte läsa frågan", "the spreadsheet reader could not read the request";
    WorkerUnexpected => "kalkylbladsläsaren gav ett annat svar än väntat", "the spreadsheet reader gave another answer than expected";
    ImpReaderStopped => "kunde inte läsas som {format}: läsaren stannade mitt i filen, som troligen är skadad. Öppna den i Excel och spara den som .xlsx (eller exportera den som CSV) och läs in den igen.", "could not be read as {format}: the reader stopped in the middle of the file, which is probably damaged. Open it in Excel, save it as .xlsx (or export it as CSV) and read it in again.";
    ImpNoSheets => "innehåller inga kalkylblad.", "contains no worksheets.";
    ImpUnpacksTooLarge => "packas upp till {total} men högst {max} tillåts; den läses inte.", "unpacks to {total} but at most {max} is allowed; it is not read.";
    ImpCompressionRatio => "innehåller delen {entry} som är komprimerad {ratio} gånger (högst {max} tillåts); filen ser ut som en zip-bomb och läses inte.", "contains the part {entry}, compressed {ratio} times (at most {max} is allowed); the file looks like a zip bomb and is not read.";
    ImpNotText => "innehåller binära data och kan inte läsas som text (väntade CSV- eller textexport; spara den som .csv eller .xlsx).", "contains binary data and cannot be read as text (expected a CSV or text export; save it as .csv or .xlsx).";
    ImpFormatExcel => "Excel-arbetsbok", "an Excel workbook";
    ImpFormatExcelLegacy => "Excel 97–2003-arbetsbok (.xls)", "an Excel 97–2003 workbook (.xls)";
    ImpFormatOds => "OpenDocument-kalkylblad (.ods)", "an OpenDocument spreadsheet (.ods)";
    // What the workbook guards find broken (src/import/broken.rs).
    BrkZipNoEnd => "zip-filens innehållsförteckning hittas inte", "the zip file's table of contents is not found";
    BrkZipDirectoryOutside => "zip-filens innehållsförteckning ligger utanför filen", "the zip file's table of contents lies outside the file";
    BrkZipCountMismatch => "antalet delar i zip-filens innehållsförteckning stämmer inte", "the number of parts in the zip file's table of contents does not match";
    BrkZipEndTruncated => "slutet av zip-filens innehållsförteckning är avkortat", "the end of the zip file's table of contents is cut short";
    BrkZipDirectoryTooLarge => "zip-filens innehållsförteckning är för stor", "the zip file's table of contents is too large";
    BrkZipDirectoryOffset => "zip-filens innehållsförteckning pekar fel", "the zip file's table of contents points to the wrong place";
    BrkZipNoZip64End => "zip64-slutet av innehållsförteckningen saknas", "the zip64 end of the table of contents is missing";
    BrkZipEntryTruncated => "en post i zip-filens innehållsförteckning är avkortad eller ogiltig", "an entry in the zip file's table of contents is cut short or invalid";
    BrkZipNoZip64Sizes => "en dels zip64-storlekar saknas", "a part's zip64 sizes are missing";
    BrkCfbNoHeader => "filhuvudet saknas", "the file header is missing";
    BrkCfbSectorSize => "filens sektorstorlek är ogiltig", "the file's sector size is invalid";
    BrkCfbHeaderTruncated => "filhuvudet är avkortat", "the file header is cut short";
    BrkCfbDirectoryEmpty => "filens katalog är tom", "the file's directory is empty";
    BrkCfbRootTooLong => "filens rotpost är för lång", "the file's root entry is too long";
    BrkCfbMiniFatSize => "storleken på filens mini-FAT är ogiltig", "the size of the file's mini FAT is invalid";
    BrkCfbStreamTooLong => "en ström i filen är för lång", "a stream in the file is too long";
    BrkCfbPastMiniStream => "en ström går utanför ministrommen", "a stream runs past the mini stream";
    BrkCfbSectorPastEnd => "en ströms sektor ligger efter filens slut", "a stream's sector lies past the end of the file";
    BrkCfbDifatTooLong => "DIFAT-kedjan är längre än filen", "the DIFAT chain is longer than the file";
    BrkCfbDifatPastEnd => "DIFAT-kedjan pekar efter filens slut", "the DIFAT chain points past the end of the file";
    BrkCfbDifatEmpty => "DIFAT-kedjan är tom", "the DIFAT chain is empty";
    BrkCfbFatTwice => "en FAT-sektor står två gånger", "a FAT sector is listed twice";
    BrkCfbFatPastEnd => "en FAT-sektor ligger efter filens slut", "a FAT sector lies past the end of the file";
    BrkCfbChainOutside => "en sektorkedja pekar utanför sin tabell", "a sector chain points outside its allocation table";
    BrkCfbChainLoops => "en sektorkedja går i ring", "a sector chain loops";
    BrkCfbStartOutside => "en ström börjar utanför sin tabell", "a stream starts outside its allocation table";
    BrkCfbEntryTruncated => "en katalogpost är avkortad", "a directory entry is cut short";
    BrkCfbStreamOver4G => "en ström är längre än 4 GiB", "a stream is longer than 4 GiB";
    BrkBiffRecordShort => "en post i arbetsboken är kortare än sina fält", "a workbook record is shorter than its fields";
    BrkBiffSheetRecordShort => "en bladpost är kortare än sina fält", "a sheet record is shorter than its fields";
    BrkBiffSheetPastStream => "ett blad börjar efter arbetsbokens slut", "a sheet starts past the end of the workbook stream";
    BrkBiffCellPastColumn => "en cell ligger efter sista kolumnen", "a cell lies past the last column";
    BrkBiffRowOrder => "en rad med tal har kolumnerna i fel ordning", "a row of numbers has its columns out of order";
    BrkBiffMergedTruncated => "sammanfogade celler är avkortade", "merged cells are cut short";
    BrkBiffDimensionsInverted => "ett blads första rad eller kolumn ligger efter dess sista", "a sheet's first row or column is past its last";
    BrkBiffDimensionsTooLarge => "ett blads storlek går utöver det största bladet", "a sheet's dimensions reach past the largest sheet";
    RefNoFr1Table => "Hittade ingen FR1-tabell i {file}: ingen rad med kolumnrubrikerna UTFALL - ACKUMULERAT, BUDGET - ACKUMULERAT … eller PROGNOS - HELÅR, BUDGET - HELÅR … ({sheets})", "Found no FR1 table in {file}: no row with the column headers UTFALL - ACKUMULERAT, BUDGET - ACKUMULERAT … or PROGNOS - HELÅR, BUDGET - HELÅR … ({sheets})";
    RefNoSheets => "filen har inga blad", "the file has no sheets";
    RefOneSheet => "bladet {sheets}", "sheet {sheets}";
    RefSheets => "bladen {sheets}", "sheets {sheets}";
    RefNoFr1Rows => "Hittade ingen FR1-tabell i {file}: under kolumnrubrikerna i {headers} finns inga rader med kontoslag (Intäkter, Personal, Drift …)", "Found no FR1 table in {file}: under the column headers in {headers} there are no rows of account types (Intäkter, Personal, Drift …)";
    RefNoKind => "Hittade ingen tabell att läsa i {file} ({sheets}). Budgetkoll läser {kinds}.", "Found no table to read in {file} ({sheets}). Budgetkoll reads {kinds}.";
    KindFinance => "finansförvaltningens resultattabell: kolumnrubrikerna Utfall och Budget, med rader som Skatteintäkter", "the finance administration's result table: the column headers Utfall and Budget, with rows such as Skatteintäkter";
    KindFr1 => "en FR1-rapport: en rad med kolumnrubrikerna UTFALL - ACKUMULERAT, BUDGET - ACKUMULERAT … eller PROGNOS - HELÅR, BUDGET - HELÅR …", "an FR1 report: a row with the column headers UTFALL - ACKUMULERAT, BUDGET - ACKUMULERAT … or PROGNOS - HELÅR, BUDGET - HELÅR …";
    KindGoals => "en målexport: en rubrikrad med Målområde, Indikator, Målvärde, Utfall och Bedömning", "a goal export: a header row with Målområde, Indikator, Målvärde, Utfall and Bedömning";
    KindStaff => "ett personalstatistikuttag: tabeller med en årsrad och Förändring över Kvinna, Man och Total", "a staff statistics extract: stacked tables with a year row and Förändring, by sex and in total";
    KindExplanations => "en förklaringstabell: en rubrikrad med Förvaltning, Avsnitt, Område, Belopp och Förklaring", "an explanations table: a header row with Förvaltning, Avsnitt, Område, Belopp and Förklaring";
    KindLedger => "en kontopivot: Radetiketter med UTFALL Ack och BUDGET Ack", "a ledger pivot: Radetiketter with UTFALL Ack and BUDGET Ack";
    KindTreasury => "likviditetstabeller: rubriker om transaktionskontot, likviditeten eller placerade medel", "treasury tables: titles on the transaction account, liquidity or invested funds";
    KindFrames => "en tabell med budgetramar: en rubrikrad med Förvaltning, IPDK (eller Kategori) och en kolumn per år", "a table of budget frames: a header row with Förvaltning, IPDK (or Kategori) and one column per year";
    RefBaseNoReports => "Det finns inga FR1-rapporter att hämta budgeten från.", "There are no FR1 reports to take the budget from.";
    RefBaseNoBudget => "{file}: rapporten saknar Prognos-delen med Budget helår.", "{file}: the report lacks the Prognos part with Budget helår.";
    RefBaseNoPeriod => "{file}: rapporten anger ingen period, så basåret är okänt.", "{file}: the report states no period, so the base year is unknown.";
    RefBaseMixedYears => "{file}: budgeten gäller {year}, men de andra rapporterna gäller {base}.", "{file}: the budget is for {year}, but the other reports are for {base}.";
    RefBaseDuplicateUnit => "{file}: {unit} har redan en rapport ({other}).", "{file}: {unit} already has a report ({other}).";
    RefXlsxStopped => "Excel-filen kunde inte skrivas: skrivaren stannade. Försök igen.", "The Excel file could not be written: the writer stopped. Try again.";
    RefXlsxFailed => "Excel-filen kunde inte skrivas: {detail}.", "The Excel file could not be written: {detail}.";
    ShareNotALink => "Texten är ingen Budgetkoll-länk: den ska innehålla „#{prefix}“ följt av delningskoden.", "The text is not a Budgetkoll link: it should contain “#{prefix}” followed by the sharing code.";
    ShareNotAFile => "Filen är ingen Budgetkoll-fil: den börjar inte med „BUDGETKOLL“.", "The file is not a Budgetkoll file: it does not begin with “BUDGETKOLL”.";
    ShareDamaged => "{carrier} är skadad eller ofullständig ({detail}). {advice}.", "{carrier} is damaged or incomplete ({detail}). {advice}.";
    ShareNewer => "{carrier} kommer från en nyare version av Budgetkoll (format {found}) än den som körs här (format {supported}). Ladda om sidan för att hämta den senaste versionen och öppna den igen.", "{carrier} comes from a newer version of Budgetkoll (format {found}) than the one running here (format {supported}). Reload the page to get the latest version and open it again.";
    ShareTooLarge => "{carrier} är för stor: uppackad blir den mer än {mb} MB, och så stora delningar öppnas inte.", "{carrier} is too large: unpacked it is more than {mb} MB, and shares that large are not opened.";
    ShareOutOfBounds => "{carrier} öppnas inte: {detail}. Inget av innehållet har lästs in.", "{carrier} is not opened: {detail}. Nothing of its contents has been read.";
    ShareLink => "Länken", "The link";
    ShareFile => "Filen", "The file";
    ShareSaved => "Det sparade arbetet", "The saved work";
    ShareAdviceLink => "Be den som delade den att kopiera hela länken igen", "Ask the person who shared it to copy the whole link again";
    ShareAdviceFile => "Be den som delade den att spara och skicka filen igen", "Ask the person who shared it to save and send the file again";
    ShareAdviceSaved => "Ladda ner det som fil för att behålla det", "Download it as a file to keep it";
    // Shared state refused (src/share): what is damaged, which bound is
    // broken and where (src/share/validate.rs builds the place from these).
    DmgNotBase64 => "den innehåller tecken som inte hör hemma i en delningskod", "it contains characters that do not belong in a sharing code";
    DmgNoStart => "början saknas", "the beginning is missing";
    DmgNoMagic => "den börjar inte med Budgetkolls kännetecken", "it does not begin with Budgetkoll's mark";
    DmgNotInflatable => "den packade delen går inte att packa upp", "the packed part cannot be unpacked";
    DmgUnknownFormat => "formatet {n} finns inte", "format {n} does not exist";
    DmgTrailing => "{n} byte överblivna efter innehållet", "{n} bytes left over after the content";
    DmgUnreadable => "innehållet går inte att läsa", "the content cannot be read";
    DmgTableCells => "en tabell har {n} celler i stället för {cells}", "a table has {n} cells instead of {cells}";
    DmgCellCode => "okänd cellkod {n} i en tabell", "unknown cell code {n} in a table";
    DmgTableAmounts => "en tabell har {n} belopp men {cells} celler med belopp", "a table has {n} amounts but {cells} cells with amounts";
    DmgSumUnrecoverable => "ett summabelopp går inte att återskapa", "a sum cannot be restored";
    DmgDecimalOverflow => "ett belopp är större än ett decimaltal rymmer", "an amount is larger than a decimal number can hold";
    DmgReportMonth => "en rapport har månad {n}", "a report has month {n}";
    DmgFinanceMonth => "finansförvaltningens tabell har månad {n}", "the finance administration's table has month {n}";
    DmgNoScenario => "budgetramarna saknar scenario", "the budget frames have no scenario";
    DmgReportList => "listan över rapporter stämmer inte", "the list of reports does not match";
    DmgReportMissing => "rapporten {n} saknas", "the report {n} is missing";
    DmgNotAReport => "{n} är inte en rapport", "{n} is not a report";
    FloodLongList => "en lista i den har fler än de {max} poster som öppnas", "a list in it has more than the {max} entries that are opened";
    FloodTooMany => "den har fler än {max} poster, fler än som öppnas", "it has more than {max} entries, more than are opened";
    BndAmount => "beloppet {amount} är större än vad ett belopp kan vara (högst {max})", "the amount {amount} is larger than an amount can be (at most {max})";
    BndSum => "summan {amount} är större än vad en summa kan vara (högst {max})", "the sum {amount} is larger than a sum can be (at most {max})";
    BndYear => "året {year} ligger utanför {first}–{last}", "the year {year} lies outside {first}–{last}";
    BndMonth => "månad {month} finns inte (1–12)", "month {month} does not exist (1–12)";
    BndTooMany => "{count} stycken, fler än de {max} som öppnas", "{count} of them, more than the {max} that are opened";
    BndTooLong => "texten har {chars} tecken, fler än de {max} som öppnas", "the text has {chars} characters, more than the {max} that are opened";
    BndActiveScenario => "scenario {shown} visas, men det finns {count}", "scenario {shown} is shown, but there are {count}";
    BndNotAFrameFinding => "fyndet hör inte till en ramtabell", "the finding does not belong to a frame table";
    GrpUnitInTwo => "Förvaltning {unit} finns i både ”{first}” och ”{second}”; en förvaltning kan bara höra till en nämnd.", "Administration {unit} is in both “{first}” and “{second}”; an administration can belong to one committee only.";
    AtReports => "rapporterna", "the reports";
    AtReport => "rapport {n} ({name})", "report {n} ({name})";
    AtNamnder => "nämnderna", "the committees";
    AtFinanceTables => "finansförvaltningens tabeller", "the finance administration's tables";
    AtFinanceTable => "finansförvaltningens tabell {n} ({name})", "the finance administration's table {n} ({name})";
    AtProfiles => "säsongsprofilerna", "the seasonal profiles";
    AtProfileOf => "säsongsprofilen för {name}", "the seasonal profile for {name}";
    AtCode => "koden", "the code";
    AtProfile => "profilen", "the profile";
    AtFrames => "budgetramarna", "the budget frames";
    AtFileName => "filnamnet", "the file name";
    AtOrganisation => "organisationen", "the organisation";
    AtFilledBy => "uppgiftslämnaren", "the person who filled it in";
    AtDate => "datumet", "the date";
    AtUnitCode => "förvaltningskoden", "the administration code";
    AtUnitName => "förvaltningens namn", "the administration's name";
    AtPeriod => "perioden", "the period";
    AtRows => "raderna", "the rows";
    AtText => "texten", "the text";
    AtActualYtd => "utfall hittills i år", "actual year to date";
    AtBudgetYtd => "budget hittills i år", "budget year to date";
    AtVarianceYtd => "avvikelse hittills i år", "variance year to date";
    AtActualYear => "utfall helår", "actual full year";
    AtBudgetYear => "budget helår", "budget full year";
    AtVarianceYear => "avvikelse helår", "variance full year";
    AtRegionName => "regionens namn", "the region's name";
    AtUnits => "förvaltningarna", "the administrations";
    AtNamndName => "en nämnds namn", "a committee's name";
    AtAUnitCode => "en förvaltningskod", "an administration code";
    AtMeasurePlans => "åtgärdsplanerna", "the plans of measures";
    AtMeasures => "åtgärderna", "the measures";
    AtMeasuresOf => "åtgärderna för {name}", "the measures for {name}";
    AtTarget => "målet", "the target";
    AtTargets => "målen", "the targets";
    AtForecastTarget => "målet för prognosen", "the target for the forecast";
    AtTheBudgetYear => "budgeten helår", "the budget for the full year";
    AtMeasure => "åtgärd {n}", "measure {n}";
    AtExplanations => "förklaringarna", "the explanations";
    AtExplanation => "förklaring {n}", "explanation {n}";
    AtDecision => "beslutet", "the decision";
    AtEffect => "effekten", "the effect";
    AtStartMonth => "startmånaden", "the start month";
    AtSource => "källan", "the source";
    AtFindings => "fynden", "the findings";
    AtFinding => "fynd {n}", "finding {n}";
    AtPlanFirst => "planens första år", "the plan's first year";
    AtBaseYear => "basåret", "the base year";
    AtScenarios => "scenarierna", "the scenarios";
    AtScenario => "scenario {n} ({name})", "scenario {n} ({name})";
    AtName => "namnet", "the name";
    AtBalance => "balanskravet", "the balance requirement";
    AtYears => "åren", "the years";
    AtDecidedYear => "ett beslutat år", "a decided year";
    AtRegionSum => "regionens summa", "the region's sum";
    AtGroups => "grupperna", "the groups";
    AtGroup => "gruppen", "the group";
    AtLineText => "radens text", "the line's text";
    AtSums => "summorna", "the sums";
    AtSumCell => "summans cell", "the sum's cell";
    AtSumYear => "summans år", "the sum's year";
    AtSumOf => "summan {name}", "the sum {name}";
    AtCellSheet => "cellens blad", "the cell's sheet";
    AtSheet => "bladet", "the sheet";
    AtYear => "året", "the year";
    AtLine => "raden", "the line";
    AtForvaltning => "förvaltningen", "the administration";
    AtSumText => "summans text", "the sum's text";
    AtDifference => "skillnaden", "the difference";
    AtStatedSum => "den angivna summan", "the stated sum";
    AtDerivedSum => "den beräknade summan", "the computed sum";
    AtKept => "det behållna beloppet", "the amount kept";
    AtOtherAmount => "det andra beloppet", "the other amount";
    AtIndexations => "uppräkningarna", "the indexations";
    AtExceptions => "undantagen", "the exceptions";
    AtNonIndexed => "delarna som inte räknas upp", "the portions not indexed";
    AtChanges => "ramförändringarna", "the frame changes";
    AtWageExempt => "förvaltningarna utanför lönepotten", "the administrations outside the wage pot";
    AtEfficiencyCategories => "effektiviseringens kategorier", "the efficiency requirement's categories";
    AtEfficiencyExempt => "förvaltningarna utan effektiviseringskrav", "the administrations without an efficiency requirement";
    AtIndexation => "en uppräkning", "an indexation";
    AtIndexationPercent => "en uppräkning i procent", "an indexation in percent";
    AtExceptionOf => "undantaget för {name}", "the exception for {name}";
    AtNonIndexedPart => "en del som inte räknas upp", "a portion not indexed";
    AtNonIndexedShare => "en andel som inte räknas upp", "a share not indexed";
    AtExceptionName => "ett undantags namn", "an exception's name";
    AtExceptionAmount => "ett undantags belopp", "an exception's amount";
    AtChangeUnit => "en ramförändrings förvaltning", "a frame change's administration";
    AtChangeNote => "en ramförändrings kommentar", "a frame change's note";
    AtChange => "en ramförändring", "a frame change";
    AtWagePot => "lönepotten", "the wage pot";
    AtEfficiency => "effektiviseringskravet", "the efficiency requirement";
    AtExemptUnit => "en undantagen förvaltning", "an exempt administration";
    AtPercents => "procentsatserna", "the percentages";
    AtPercentOf => "procentsatsen {name}", "the percentage {name}";
    AtRevenues => "intäkterna", "the revenues";
    AtFinanceNet => "finansnettot", "the net finance";
    AtAdjustments => "justeringarna", "the adjustments";
    AtEquity => "eget kapital", "equity";
    AtEarlierDeficits => "tidigare underskott", "earlier deficits";
    AtDeficitOf => "underskottet från {name}", "the deficit from {name}";
    AtArose => "året det uppstod", "the year it arose";
    AtDue => "året det ska vara återställt", "the year it must be restored by";
    AtAmount => "beloppet", "the amount";
    AtRestructurings => "omställningarna", "the restructurings";
    AtRestructuringOf => "omställningen {name}", "the restructuring {name}";
    AtCosts => "kostnaderna", "the costs";
    AtSavings => "besparingen per år", "the savings per year";
    AtSavingsFrom => "besparingens första år", "the savings' first year";
    ConNoReports => "Det finns inga rapporter att sammanställa.", "There are no reports to consolidate.";
    ConMissingUnit => "Rapporten ”{file}” anger ingen förvaltning och kan inte placeras i en nämnd.", "The report “{file}” names no administration and cannot be placed in a committee.";
    ConDuplicateUnit => "Förvaltning {unit} finns i två rapporter (”{first}” och ”{second}”); den skulle räknas två gånger.", "Administration {unit} is in two reports (“{first}” and “{second}”); it would be counted twice.";
    ConOtherPeriod => "Rapporten ”{file}” gäller {found}, men ”{first}” gäller {expected}; en sammanställning gäller en period.", "The report “{file}” is for {found}, but “{first}” is for {expected}; a consolidation is for one period.";
    ConNoPeriod => "ingen angiven period", "no stated period";
    ConTooLarge => "Summan för ”{level}” blir för stor för att räkna med.", "The sum for “{level}” is too large to compute with.";
    AccMissingIdentity => "Rapporten ”{file}” anger inte vilken förvaltning och period den gäller.", "The report “{file}” does not state which administration and period it is for.";
    AccNotYearEnd => "”{file}” gäller {period}; årets utfall finns först i decemberrapporten.", "“{file}” is for {period}; the year's outcome is only in the December report.";
    AccOtherUnit => "”{earlier}” gäller förvaltning {earlier_unit} men ”{year_end}” gäller {year_end_unit}.", "“{earlier}” is for administration {earlier_unit} but “{year_end}” is for {year_end_unit}.";
    AccOtherYear => "”{earlier}” gäller {earlier_year} men ”{year_end}” gäller {year_end_year}.", "“{earlier}” is for {earlier_year} but “{year_end}” is for {year_end_year}.";
    AccMissingFigure => "”{file}” saknar {what} för {row} ({part}).", "“{file}” lacks {what} for {row} ({part}).";
    FinNoTable => "Hittade ingen resultattabell för finansförvaltningen i {file}: ingen rad med kolumnrubrikerna Utfall och Budget följd av rader som Skatteintäkter", "Found no result table of the finance administration in {file}: no row with the column headers Utfall and Budget followed by rows such as Skatteintäkter";
    GradeSatisfactory => "Tillfredsställande", "Satisfactory";
    GradePartly => "Inte helt tillfredsställande", "Not fully satisfactory";
    GradeUnsatisfactory => "Otillfredsställande", "Unsatisfactory";
    GradeNoData => "Uppgift saknas", "Data missing";
    GradeNotAssessed => "Ej bedömd", "Not assessed";
    GoalCountSentence => "Av {total} indikatorer bedöms {sat} som tillfredsställande, {partly} som inte helt tillfredsställande, {unsat} som otillfredsställande och {nodata} saknar uppgift.", "Of {total} indicators, {sat} are assessed as satisfactory, {partly} as not fully satisfactory, {unsat} as unsatisfactory and {nodata} lack data.";
    GoalCountSentenceUnassessed => "Av {total} indikatorer bedöms {sat} som tillfredsställande, {partly} som inte helt tillfredsställande och {unsat} som otillfredsställande, {nodata} saknar uppgift och {none} är inte bedömd.", "Of {total} indicators, {sat} are assessed as satisfactory, {partly} as not fully satisfactory and {unsat} as unsatisfactory, {nodata} lack data and {none} not assessed.";
    GoalColUnit => "Förvaltning", "Administration";
    GoalColArea => "Målområde", "Goal area";
    GoalColAim => "Inriktningsmål", "Strategic goal";
    GoalColIndicator => "Indikator", "Indicator";
    GoalColBaseline => "Ingångsvärde", "Baseline";
    GoalColTarget => "Målvärde", "Target";
    GoalColOutcome => "Utfall", "Outcome";
    GoalColComment => "Kommentar", "Comment";
    GoalColAssessment => "Bedömning", "Assessment";
    GoalByAppDerived => "Bedömd av Budgetkoll: utfallet {outcome} mot målvärdet {target} ({direction}).", "Assessed by Budgetkoll: the outcome {outcome} against the target {target} ({direction}).";
    GoalByBudget => "Bedömd av Budgetkoll från FR1 ({report} {period}): nettoavvikelse mot budget {deviation}.", "Assessed by Budgetkoll from the FR1 ({report} {period}): net deviation from budget {deviation}.";
    GoalNoOutcomeNote => "Inget utfall och ingen bedömning angivna.", "No outcome and no assessment given.";
    GoalTextNote => "Textindikator utan angiven bedömning.", "A text indicator without a stated assessment.";
    GoalDirectionHigher => "högre är bättre", "higher is better";
    GoalDirectionLower => "lägre är bättre", "lower is better";
    GoalDisagreeNote => "Siffrorna ger {derived}; den angivna bedömningen står kvar.", "The figures give {derived}; the stated assessment stands.";
    GoalFindUnknownGrade => "Bedömningen ”{text}” finns inte på skalan (Tillfredsställande, Inte helt tillfredsställande, Otillfredsställande, Uppgift saknas); läses som tom.", "The assessment “{text}” is on none of the known scales (the region's four levels, met / partly / not met, green / yellow / red); read as blank.";
    GoalFindNoName => "En rad utan indikatornamn; den lämnas utanför.", "A row without an indicator name; it is left out.";
    GoalFindDisagrees => "”{indicator}” är bedömd {stated}, men utfall och målvärde ger {derived}; den angivna bedömningen står kvar.", "“{indicator}” is assessed {stated}, but outcome and target give {derived}; the stated assessment stands.";
    GoalFindNoUnit => "Tabellen anger ingen förvaltning; ange vilken den gäller.", "The table names no administration; say which one it is for.";
    RefGoalsNoColumn => "Måltabellen i {file} (rubrikraden {header}) saknar kolumnen {column}.", "The goal table in {file} (header row {header}) lacks the column {column}.";
    StaffWorkedTime => "Utförd arbetstid i årsarbetare", "Worked time in full-time equivalents";
    StaffOvertime => "Övertid i årsarbetare", "Overtime in full-time equivalents";
    StaffExtraTime => "Mertid i årsarbetare", "Additional hours in full-time equivalents";
    StaffHourlyPaid => "Timavlönade i årsarbetare", "Hourly paid in full-time equivalents";
    StaffAbsence => "Frånvaro i årsarbetare", "Absence in full-time equivalents";
    StaffEmployees => "Antal anställda", "Number of employees";
    StaffSickLeave => "Sjukfrånvaro i % av ordinarie arbetstid", "Sick leave in % of ordinary working time";
    StaffTurnover => "Extern personalrörlighet i %", "External staff turnover in %";
    StaffWoman => "Kvinna", "Female";
    StaffMan => "Man", "Male";
    StaffTotal => "Total", "Total";
    StaffEarlier => "föregående period", "the earlier period";
    StaffLater => "perioden", "the period";
    StaffChange => "Förändring", "Change";
    StaffDerivSexes => "Kvinna + Man", "female + male";
    StaffDerivChange => "skillnaden mellan perioderna", "the difference between the periods";
    StaffDerivRows => "summan av raderna", "the sum of the rows";
    StaffFindUnknownTable => "Tabellen ”{title}” är ingen av personalstatistikens tabeller; den lämnas utanför, resten läses in.", "The table “{title}” is none of the staff statistics' tables; it is left out, the rest is loaded.";
    StaffFindNoHeader => "Tabellen ”{title}” saknar rubrikerna Kvinna, Man, Total för två perioder och förändringen; den lämnas utanför.", "The table “{title}” lacks the headers female, male and total for two periods and the change; it is left out.";
    StaffFindNoTotal => "{table}: tabellen saknar Total-rad; raderna visas utan totalsumma.", "{table}: the table has no Total row; its rows are shown without a total.";
    StaffFindRounding => "{table}, {row}, {sex} ({block}): angivet {stated}, {what} ger {derived} – avrundning; den angivna siffran visas.", "{table}, {row}, {sex} ({block}): stated {stated}, {what} gives {derived} – rounding; the stated figure is shown.";
    StaffFindMismatch => "{table}, {row}, {sex} ({block}): angivet {stated}, men {what} ger {derived}; kontrollera siffran.", "{table}, {row}, {sex} ({block}): stated {stated}, but {what} gives {derived}; check the figure.";
    StaffLineWorked => "{n} årsarbetare ({change})", "{n} full-time equivalents ({change})";
    StaffLineSick => "sjukfrånvaro {now} (föregående år {before})", "sick leave {now} (previous year {before})";
    StaffLineAgency => "inhyrd personal {share} av egen personalkostnad", "agency staff {share} of own staff cost";
    StaffNoTotalNote => "Tabellen saknar Total-rad.", "The table has no Total row.";
    StaffSickLeavePerUnit => "Sjukfrånvaron visas per förvaltning: procent kan inte läggas ihop utan timmarna.", "Sick leave is shown per administration: percentages cannot be added without the hours.";
    StaffComputed => "beräknad av Budgetkoll", "computed by Budgetkoll";
    StaffAgencyGoal => "Över det nationella målet 2 %", "Above the national goal of 2 %";
    RefStaffNoTable => "Personalstatistiken i {file} har ingen tabell som Budgetkoll känner igen ({titles}).", "The staff statistics in {file} have no table Budgetkoll recognises ({titles}).";
    AtGoalSets => "målen och indikatorerna", "the goals and indicators";
    AtGoalSet => "målfil {n} ({name})", "goal file {n} ({name})";
    AtIndicator => "indikator {n} ({name})", "indicator {n} ({name})";
    AtStaffReports => "personalstatistiken", "the staff statistics";
    AtStaffReport => "personalstatistik {n} ({name})", "staff statistics {n} ({name})";
    AtStaffTables => "tabellerna", "the tables";
    AtStaffTable => "tabell {n} ({name})", "table {n} ({name})";
    MoneyTooLarge => "beloppet blir för stort för att räkna med", "the amount becomes too large to compute with";
    SerNoReports => "Det finns inga rapporter att lägga i en tidsserie.", "There are no reports to put in a time series.";
    SerMissingUnit => "Rapporten ”{file}” anger ingen förvaltning.", "The report “{file}” names no administration.";
    SerMissingPeriod => "Rapporten ”{file}” anger ingen giltig period (månad och år).", "The report “{file}” states no valid period (month and year).";
    SerMissingUtfall => "Rapporten ”{file}” har ingen utfallsdel att jämföra månader med.", "The report “{file}” has no Utfall part to compare months with.";
    SerOtherUnit => "Rapporten ”{file}” gäller förvaltning {found}, men tidsserien gäller {expected}.", "The report “{file}” is for administration {found}, but the time series is for {expected}.";
    SerOtherYear => "Rapporten ”{file}” gäller {found}, men tidsserien gäller {expected}.", "The report “{file}” is for {found}, but the time series is for {expected}.";
    SerDuplicatePeriod => "”{first}” och ”{second}” gäller båda {period}; ta bort den ena.", "“{first}” and “{second}” are both for {period}; remove one of them.";
    MeaOtherUnit => "Åtgärdsplanen gäller förvaltning {plan}, men rapporten ”{file}” gäller {report}.", "The plan of measures is for administration {plan}, but the report “{file}” is for {report}.";
    MeaMissingFigure => "Rapporten ”{file}” saknar {what} för NETTORESULTAT ({part}).", "The report “{file}” lacks {what} for NETTORESULTAT ({part}).";
    MeaBadStartMonth => "Åtgärden ”{text}” startar månad {month}; ange en månad 1–12.", "The measure “{text}” starts in month {month}; give a month 1–12.";
    MeaTooLarge => "Åtgärdernas effekt blir för stor för att räkna med.", "The measures' effect is too large to compute with.";
    ProNoYears => "En säsongsprofil behöver minst ett års månadsutfall.", "A seasonal profile needs at least one year of monthly actuals.";
    ProMissingMonth => "Underlag {set} saknar {month}; en säsongsprofil behöver alla tolv månader.", "Source {set} lacks {month}; a seasonal profile needs all twelve months.";
    ProZeroTotal => "Månaderna summerar till noll; budgeten kan inte fördelas efter dem.", "The months sum to zero; the budget cannot be spread by them.";
    ProOppositeSign => "{month} går åt andra hållet än året i övrigt; en säsongsprofil kan inte ha en negativ månad.", "{month} goes the other way from the rest of the year; a seasonal profile cannot have a negative month.";
    ProWeight => "Säsongsprofilen: {problem}", "The seasonal profile: {problem}";
    ProCount => "Säsongsprofilen ska ha tolv månadsvikter, en per månad; fann {n}.", "The seasonal profile needs twelve monthly weights, one per month; found {n}.";
    AccountsTitle => "Konton bakom {row}", "Accounts behind {row}";
    FocusConsultants => "Konsulter", "Consultants";
    FocusTravel => "Resor", "Travel";
    FocusTraining => "Utbildning", "Training";
    FocusAgencyStaff => "Inhyrd personal", "Agency staff";
    WhyTitle => "Varför?", "Why?";
    WhyMarkTitle => "Förvaltningens förklaring av raden", "The administration’s explanation of this row";
    WhySummary => "Förklarat {x} av {d} {u}; {r} {u} ej förklarat", "Explained {x} of {d} {u}; {r} {u} unexplained";
    WhySummaryAll => "Förklarat {x} av {d} {u}", "Explained {x} of {d} {u}";
    WhyExplainedOnly => "Förklarat {x} {u}; rapporten som förklaras är inte inläst", "Explained {x} {u}; the report explained is not loaded";
    WhyBasisUnit => "Avvikelse mot budget, {part} (intern handel ingår)", "Deviation from budget, {part} (internal trade included)";
    WhyBasisFinance => "Avvikelse mot budget enligt finansförvaltningens tabell", "Deviation from budget as the finance administration's table states it";
    NrWhenYtd => "hittills i år", "so far this year";
    NrWhenYear => "i helårsprognosen", "in the full-year forecast";
    NrWhenYearEnd => "i bokslutet", "at year-end";
    NrWhy => "Störst förklarad avvikelse för {name} {when}: {topic} ({x} {u}). {text}", "Largest explained deviation of {name} {when}: {topic} ({x} {u}). {text}";
    NrWhyRest => "För {name} är {r} {u} ej förklarat {when}.", "For {name}, {r} {u} is unexplained {when}.";
    ExplFinanceOwner => "Finansförvaltningen", "The finance administration";
    ExplGeneral => "Övergripande", "General";
    ExplNoTable => "Hittade ingen tabell med förklaringar i {file}: ingen rad med kolumnrubrikerna Förvaltning, Avsnitt, Område och Förklaring", "Found no table of explanations in {file}: no row with the column headers Förvaltning, Avsnitt, Område and Förklaring";
    ExplNoteOpposite => "{topic}: förklaringen {amount} {u} går åt andra hållet än avvikelsen {deviation} {u}", "{topic}: the explanation of {amount} {u} goes the other way from the deviation of {deviation} {u}";
    ExplNoteLarger => "{topic}: förklaringen {amount} {u} är större än hela avvikelsen {deviation} {u}", "{topic}: the explanation of {amount} {u} is larger than the whole deviation of {deviation} {u}";
    FindExplNoUnit => "kolumnen Belopp anger ingen enhet (Belopp mnkr eller Belopp tkr); beloppen läses i tkr", "the Belopp column states no unit (Belopp mnkr or Belopp tkr); the amounts are read in tkr";
    FindExplUnknownOwner => "”{text}” är ingen förvaltning (kod och namn, t.ex. 42 Exempelförvaltningen); raden läses inte in", "“{text}” is no administration (a code and a name were expected); the row is not loaded";
    FindExplBadPeriod => "perioden ”{text}” kan inte läsas (t.ex. juni 2024); raden läses inte in", "the period “{text}” cannot be read (e.g. juni 2024); the row is not loaded";
    FindExplBadSection => "avsnittet ”{text}” är varken Utfall eller Prognos; raden läses inte in", "the section “{text}” is neither Utfall nor Prognos; the row is not loaded";
    FindExplUnknownTopic => "området ”{text}” är ingen rad i FR1, inget konto och inte Övergripande; raden läses inte in", "the area “{text}” is no FR1 row, no account and not Övergripande; the row is not loaded";
    FindExplTooLong => "förklaringen har {chars} tecken, fler än {max}; raden läses inte in", "the explanation has {chars} characters, more than {max}; the row is not loaded";
    FindExplNoText => "raden saknar förklaring; den läses inte in", "the row has no explanation; it is not loaded";
    FindExplNotLoaded => "ingen inläst rapport gäller {unit}; raden läses inte in", "no loaded report is for {unit}; the row is not loaded";
    FindLedgerUnknownRow => "”{text}” har ingen kontokod; raden läses inte in", "“{text}” has no account code; the row is not loaded";
    FindTableNoUnit => "tabellen anger inte beloppsenheten (tkr eller mnkr); den läses i tkr", "the table does not state its unit (tkr or mnkr); it is read in tkr";
    FindLedgerSum => "{label}, {column}: raderna ger {derived} men pivoten anger {stated}", "{label}, {column}: the rows give {derived} but the pivot states {stated}";
    FindLedgerRounding => "pivoten ger {pivot} och FR1 anger {fr1} ({place}); skillnaden {diff} {unit} är avrundning", "the pivot gives {pivot} and the FR1 states {fr1} ({place}); the difference of {diff} {unit} is rounding";
    FindLedgerMismatch => "pivoten ger {pivot} men FR1 anger {fr1} ({place}): skillnad {diff} {unit}", "the pivot gives {pivot} but the FR1 states {fr1} ({place}): a difference of {diff} {unit}";
    FindTreasuryRounding => "{what}: raderna summerar till {derived} och tabellen anger {stated}; skillnaden {diff} {unit} är avrundning", "{what}: the lines sum to {derived} and the table states {stated}; the difference of {diff} {unit} is rounding";
    FindTreasuryMismatch => "{what}: raderna summerar till {derived} men tabellen anger {stated} (skillnad {diff} {unit})", "{what}: the lines sum to {derived} but the table states {stated} (difference {diff} {unit})";
    LedgerNoTable => "Hittade ingen kontopivot i {file}: ingen rad med kolumnrubrikerna Radetiketter, UTFALL Ack och BUDGET Ack", "Found no ledger pivot in {file}: no row with the column headers Radetiketter, UTFALL Ack and BUDGET Ack";
    TreasuryNoTable => "Hittade ingen likviditetstabell i {file}", "Found no liquidity table in {file}";
    QuarterlyTitle => "Mål och personal", "Goals and staff";
    GoalsTitle => "Mål", "Goals";
    GoalsUnsatisfactoryNamed => "Otillfredsställande: {names}.", "Unsatisfactory: {names}.";
    GoalsByApp => "bedömd av Budgetkoll", "assessed by Budgetkoll";
    StaffTitle => "Personal", "Staff";
    StaffTablesTitle => "Personalstatistikens tabeller ({n})", "The staff statistics' tables ({n})";
    StaffKeyWorked => "Årsarbetare", "Full-time equivalents";
    StaffKeyEmployees => "Anställda", "Employees";
    StaffKeySick => "Sjukfrånvaro", "Sick leave";
    StaffKeyOvertime => "Övertid + mertid (årsarbetare)", "Overtime + additional hours (full-time equivalents)";
    StaffKeyAgency => "Inhyrd personal av egen personalkostnad", "Agency staff of own staff cost";
    StaffKeyDetail => "{period}: {earlier}, förändring {change}", "{period}: {earlier}, change {change}";
    StaffAgencyDetail => "{agency} av {own}", "{agency} of {own}";
    StaffAgencyPrevious => "föregående år {share}", "previous year {share}";
    StaffAgencyWithinGoal => "Inom det nationella målet 2 %", "Within the national goal of 2 %";
    QuarterlyGoalsFile => "Mål och indikatorer", "Goals and indicators";
    QuarterlyStaffFile => "Personalstatistik", "Staff statistics";
    QuarterlyIndicators => "{n} indikatorer", "{n} indicators";
    QuarterlyTables => "{n} tabeller", "{n} tables";
    GoalEdit => "Ändra", "Edit";
    GoalEditByApp => "Låt Budgetkoll bedöma", "Let Budgetkoll assess";
    ExplFileName => "Förklaringar", "Explanations";
    ExplFileRows => "{n} förklaringar inlästa", "{n} explanations loaded";
    LedgerFileName => "Kontopivot", "Ledger pivot";
    TreasuryFileName => "Likviditet och placerade medel", "Liquidity and invested funds";
    WhyNotesTitle => "Att se över (visas inte för läsaren)", "To look over (not shown to the reader)";
    WhyMore => "Alla förklaringar finns på förvaltningens sida.", "All explanations are on the administration's page.";
    WhyEditTitle => "Skriv förklaringar", "Write explanations";
    WhyEditSection => "Avsnitt", "Section";
    WhyEditTopic => "Område", "Area";
    WhyEditAmount => "Belopp (mnkr, + gynnsamt)", "Amount (mnkr, + favourable)";
    WhyEditText => "Förklaring", "Explanation";
    WhyEditAdd => "Spara förklaring", "Save explanation";
    WhyEditBadAmount => "Beloppet ”{text}” kan inte läsas som mnkr (t.ex. -1,5).", "The amount “{text}” cannot be read as mnkr (e.g. -1.5).";
    WhyEditNoText => "Skriv en förklaring.", "Write an explanation.";
    WhyEditTooLong => "Förklaringen är för lång.", "The explanation is too long.";
    AccountsOpen => "Visa konton bakom {row}", "Show the accounts behind {row}";
    AccountsHide => "Dölj kontona", "Hide the accounts";
    AccountsNoLedger => "Släpp förvaltningens kontopivot för perioden för att se kontona.", "Drop the administration's ledger pivot of the period to see the accounts.";
    AccountsVsBudget => "Avv. budget", "Var. budget";
    AccountsVsPrevious => "Avv. föreg. år", "Var. previous year";
    FocusTitle => "Fokusområden", "Focus areas";
    FinanceLinesTitle => "Finansförvaltningens poster", "The finance administration's lines";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_puts_each_value_in_its_places() {
        let difference = Msg::FrDifference.fill(
            Lang::Sv,
            &[
                ("label", "Exempelsjukhuset Drift"),
                ("year", "2027"),
                ("decided", "882 353"),
                ("computed", "882 000"),
            ],
        );
        assert_eq!(
            difference,
            "Exempelsjukhuset Drift 2027: beslutad 882 353, beräknad 882 000"
        );
        // {u} twice; a value that looks like a placeholder is written as
        // given, not filled in turn.
        let why = Msg::WhySummary.fill(
            Lang::Sv,
            &[("x", "3"), ("d", "5"), ("u", "{r}"), ("r", "2")],
        );
        assert_eq!(why, "Förklarat 3 av 5 {r}; 2 {r} ej förklarat");
        // A placeholder with no value stays as it is.
        assert_eq!(Msg::RefOneSheet.fill(Lang::Sv, &[]), "bladet {sheets}");
    }

    #[test]
    fn both_languages_have_text() {
        for m in [Msg::AppTitle, Msg::EmptyTitle, Msg::ShowExample] {
            assert!(!m.text(Lang::Sv).is_empty());
            assert!(!m.text(Lang::En).is_empty());
        }
        assert_eq!(Msg::ShowExample.text(Lang::Sv), "Visa exempel");
        assert_eq!(Lang::Sv.other(), Lang::En);
    }
}
