//! The one translation table for user-facing text (Swedish by default,
//! English as an option). Components and view models name a [`Msg`]; the
//! table below holds both languages side by side so a missing translation is
//! a compile error, not a blank in the page.
//!
//! Messages produced from input (import findings, validation sentences) are
//! written in Swedish by the engine, as the finance staff read them.

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

macro_rules! messages {
    ($($key:ident => $sv:literal, $en:literal;)*) => {
        /// A user-facing text; [`Msg::text`] gives it in a language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg { $($key),* }

        impl Msg {
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Msg::$key, Lang::Sv) => $sv, (Msg::$key, Lang::En) => $en,)*
                }
            }

            /// The text with each `{name}` replaced by its value.
            pub fn fill(self, lang: Lang, values: &[(&str, &str)]) -> String {
                values.iter().fold(self.text(lang).to_string(), |text, (name, value)| {
                    text.replace(&format!("{{{name}}}"), value)
                })
            }
        }
    };
}

messages! {
    AppTitle => "Budgetkoll", "Budgetkoll";
    Tagline => "Budgetuppföljning för regionen – direkt i webbläsaren", "Budget follow-up for the region – right in the browser";
    LanguageSwitch => "In English", "På svenska";
    LanguageSwitchLabel => "Byt språk till engelska", "Switch language to Swedish";
    EmptyTitle => "Släpp FR1-rapporter här", "Drop FR1 reports here";
    EmptyBody => "Dra in en eller flera resultatrapporter (Formulär FR 1) som Excel-filer (.xlsx, .xls, .ods) eller CSV-export – eller klistra in ett område från Excel. Inget lämnar din dator: allt räknas här i webbläsaren.", "Drag in one or more result reports (Form FR 1) as Excel files (.xlsx, .xls, .ods) or CSV exports – or paste a range from Excel. Nothing leaves your computer: everything is computed here in the browser.";
    PickFiles => "Välj filer…", "Choose files…";
    ShowExample => "Visa exempel", "Show example";
    DropOverlay => "Släpp filerna för att läsa in dem", "Drop the files to load them";
    Privacy => "Dina siffror stannar på den här enheten.", "Your figures stay on this device.";
    Loading => "Läser in…", "Loading…";
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
    MeasureEffect => "Effekt i år, tkr (+ = förbättrar)", "Effect this year, tkr (+ = improves)";
    MeasureStart => "Från månad", "From month";
    AddMeasure => "Lägg till åtgärd", "Add measure";
    TargetForecast => "Mål för prognosen, tkr (valfritt)", "Target forecast, tkr (optional)";
    ColForecastAfter => "Prognos efter åtgärder", "Forecast after measures";
    ColEffects => "Åtgärdernas effekt", "Effect of measures";
    ColGapBudget => "Kvar till budget", "Remaining to budget";
    ColGapTarget => "Kvar till målet", "Remaining to target";
    GroupingTitle => "Nämnder", "Committees";
    GroupingHint => "Skriv vilken nämnd varje förvaltning hör till. Översikten summerar per nämnd och för regionen; valet sparas och följer med delade länkar.", "Type the committee each administration belongs to. The overview sums per committee and for the region; the choice is saved and travels with shared links.";
    RegionName => "Regionens namn", "Region name";
    FrEmptyTitle => "Budgetramar för kommande år", "Budget frames for the coming years";
    FrEmptyBody => "Läs in en ramtabell (nämnd, förvaltning, IPDK, ett år per kolumn) eller utgå från budget helår i de inlästa FR1-rapporterna. Sedan räknas ramar och balanskrav om direkt när du ändrar indexering, effektiviseringskrav och ramförändringar.", "Load a frame table (committee, administration, IPDK, one year per column) or start from the full-year budget of the loaded FR1 reports. Frames and the balance requirement are then recomputed as you change indexation, efficiency requirements and frame changes.";
    FrPickTable => "Välj ramtabell…", "Choose frame table…";
    FrSample => "Läs in exempel på budgetramar", "Load example budget frames";
    FrFromFr1 => "Utgå från inlästa FR1-rapporters budget", "Start from the loaded FR1 reports' budget";
    FrRestart => "Börja om", "Start over";
    FrRestartQuestion => "Ta bort budgetramarna och alla scenarier?", "Remove the budget frames and all scenarios?";
    FrScenarios => "Scenarier", "Scenarios";
    FrScenarioName => "Namn på nytt scenario", "Name of new scenario";
    FrAddScenario => "Kopiera till nytt scenario", "Copy to new scenario";
    FrRules => "Regler", "Rules";
    FrRulesHint => "Procent per år efter basåret. Ramarna räknas om från basåret och reglerna; inga summor skrivs in för hand. Personal hålls på basårets lönenivå och löneökningen läggs i en central lönepott.", "Percent per year after the base year. Frames are recomputed from the base year and the rules; no totals are typed in. Personnel stays at the base year's wage level and the wage increase goes to a central wage pot.";
    FrIndexation => "Indexering", "Indexation";
    FrWage => "Löneökning (central lönepott)", "Wage increase (central pot)";
    FrEfficiency => "Effektiviseringskrav", "Efficiency requirement";
    FrChanges => "Ramförändringar", "Frame changes";
    FrCategory => "Kategori", "Category";
    FrKind => "Typ", "Kind";
    FrAmount => "Belopp, tkr", "Amount, tkr";
    FrNote => "Kommentar", "Note";
    FrAddChange => "Lägg till ramförändring", "Add frame change";
    FrTableTitle => "Ramar per nämnd och förvaltning", "Frames per committee and administration";
    FrTableCaption => "Nettoramar; klicka på en förvaltning för IPDK-raderna", "Net frames; click an administration for its IPDK lines";
    FrWagePot => "Central lönepott", "Central wage pot";
    FrEfficiencyEffect => "Effektiviseringskravets effekt", "Effect of the efficiency requirement";
    FrComparison => "Scenariojämförelse", "Scenario comparison";
    FrBalanceTitle => "Balanskravet", "Balance requirement";
    FrBalanceHint => "Resultat = intäkter − nettoramar − lönepott + finansnetto − omställningskostnad + besparing. Ett negativt balanskravsresultat ska återställas inom tre år.", "Result = revenues − net frames − wage pot + net finance − restructuring cost + savings. A negative balance result must be restored within three years.";
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
    FrPayback => "Omställningen är återbetald år", "The restructuring pays back in";
    FrPlanTitle => "Omställningsplan", "Restructuring plan";
    FrPlanSavingsPerYear => "Besparing per år", "Savings per year";
    FrPlanFrom => "Besparing från år", "Savings from year";
    MeasureFromShort => "från", "from";
    ExportCsvHint => "Spara tabellen som CSV (semikolon, decimalkomma) för Excel", "Save the table as CSV (semicolon, decimal comma) for Excel";
    ExportXlsxHint => "Spara tabellen som Excel-arbetsbok", "Save the table as an Excel workbook";
    FrEfficiencyTaken => "Effektivisering, avdragen från ramen", "Efficiency, taken off the frame";
    FrNonIndexed => "Undantag från indexering", "Exceptions from indexation";
    FrNonIndexedShare => "Andel som inte indexeras, %", "Share not indexed, %";
    FrAddNonIndexed => "Lägg till undantag", "Add exception";
    SaveOffline => "Spara för offline-bruk", "Save for offline use";
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
