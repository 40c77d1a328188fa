#!/usr/bin/env bash
# Copies the screenshots the real-browser tests took (target/browser-screenshots, written by
# ./mvnw verify) into docs/images/guides, under the names the role guides use, so the guides show
# what users actually see. Run it after the browser tests:
#   ./mvnw verify            (or only the browser ITs, see README "Test it")
#   tools/guides/update-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
from=target/browser-screenshots
to=docs/images/guides
mkdir -p "$to"

# guide image name  <-  test class / test method / screenshot (without its step number)
shots=(
  "ru-counsellor-tasklist|RussianTasklistIT/theRussianSpeakingCounsellorWorksInRussianOnAnEnglishComputerAndMayChooseEnglish/russian-counsellor-tasklist"
  "ru-counsellor-new-application|RussianTasklistIT/theRussianSpeakingCounsellorWorksInRussianOnAnEnglishComputerAndMayChooseEnglish/russian-counsellor-new-application"
  "ru-counsellor-first-contact-form|RussianTasklistIT/theRussianSpeakingCounsellorWorksInRussianOnAnEnglishComputerAndMayChooseEnglish/russian-counsellor-first-contact-form"
  "ru-counsellor-calendar|RussianTasklistIT/theRussianSpeakingCounsellorWorksInRussianOnAnEnglishComputerAndMayChooseEnglish/russian-counsellor-calendar"
  "ru-counsellor-required-fields|RussianTasklistIT/theRussianSpeakingCounsellorWorksInRussianOnAnEnglishComputerAndMayChooseEnglish/russian-counsellor-required-fields"
  "ru-counsellor-colleague-was-first|RussianTasklistIT/theRussianSpeakingCounsellorWorksInRussianOnAnEnglishComputerAndMayChooseEnglish/russian-counsellor-colleague-was-first"
  "ru-counsellor-refused|RussianTasklistIT/theRussianSpeakingCounsellorWorksInRussianOnAnEnglishComputerAndMayChooseEnglish/russian-counsellor-refused-in-russian"
  "ru-movement-officer-booking-task|RussianTasklistIT/aMovementOfficerBooksTheJourneyInRussian/russian-movement-officer-booking-task"
  "ru-movement-officer-booking-filled|RussianTasklistIT/aMovementOfficerBooksTheJourneyInRussian/russian-movement-officer-booking-filled"
  "counsellor-tasklist|CounsellorTasklistIT/aCounsellorRegistersAnApplicantAndCounselsThemUpToTheEligibilityCheck/tasklist-after-login"
  "counsellor-new-application|CounsellorTasklistIT/aCounsellorRegistersAnApplicantAndCounselsThemUpToTheEligibilityCheck/new-application-form"
  "counsellor-refused-slip|CounsellorTasklistIT/aCounsellorRegistersAnApplicantAndCounselsThemUpToTheEligibilityCheck/server-refuses-the-slip"
  "counsellor-first-contact-task|CounsellorTasklistIT/aCounsellorRegistersAnApplicantAndCounselsThemUpToTheEligibilityCheck/first-contact-task"
  "counsellor-consent-filled|CounsellorTasklistIT/aCounsellorRegistersAnApplicantAndCounselsThemUpToTheEligibilityCheck/first-contact-and-consent-filled"
  "counsellor-documents-attached|CaseDocumentsBrowserIT/aCounsellorAttachesTheConsentScanInTasklistAndAManagerDownloadsItFromCaseHistory/consent-scan-attached"
  "manager-case-documents|CaseDocumentsBrowserIT/aCounsellorAttachesTheConsentScanInTasklistAndAManagerDownloadsItFromCaseHistory-1/case-history-documents"
  "finance-payment-refused|CaseDocumentsBrowserIT/aFinanceOfficerCannotPayAnInstalmentWithoutItsInvoiceAttached/payment-refused-without-its-invoice"
  "finance-invoice-attached|CaseDocumentsBrowserIT/aFinanceOfficerCannotPayAnInstalmentWithoutItsInvoiceAttached/invoice-attached-beside-the-form"
  "counsellor-session-filled|CounsellorTasklistIT/aCounsellorRegistersAnApplicantAndCounselsThemUpToTheEligibilityCheck/counselling-session-filled"
  "counsellor-screening-filled|CounsellorTasklistIT/aCounsellorRegistersAnApplicantAndCounselsThemUpToTheEligibilityCheck/vulnerability-screening-filled"
  "movement-officer-booking-task|MovementOfficerTasklistIT/aMovementOfficerBooksTheJourneyThroughItsForm/book-the-journey-task"
  "movement-officer-booking-filled|MovementOfficerTasklistIT/aMovementOfficerBooksTheJourneyThroughItsForm/booking-filled"
  "movement-officer-referral-form|MovementOfficerTasklistIT/aMovementOfficerRegistersAReferralReceivedByMailAndTheInboundCaseOpens/referral-filled"
  "movement-officer-referral-case|MovementOfficerTasklistIT/aMovementOfficerRegistersAReferralReceivedByMailAndTheInboundCaseOpens/reception-task-of-the-new-case"
  "case-manager-erasure-form|CaseManagerTasklistIT/aCaseManagerErasesAnEndedCasesPersonalDataOnRequest/erasure-form"
  "case-manager-erasure-refused|CaseManagerTasklistIT/aCaseManagerErasesAnEndedCasesPersonalDataOnRequest/an-open-case-is-refused"
  "mission-plans-awaiting-approval|MissionApprovalTasklistIT/aSendingMissionSeesOnlyItsOwnPlanAndApprovesIt/plans-awaiting-approval"
  "mission-the-plan|MissionApprovalTasklistIT/aSendingMissionSeesOnlyItsOwnPlanAndApprovesIt/the-plan"
  "mission-plan-approved|MissionApprovalTasklistIT/aSendingMissionSeesOnlyItsOwnPlanAndApprovesIt/plan-approved"
  "manager-case-where-it-stands|ManagerCockpitIT/aManagerFindsACaseSeesItsIncidentRetriesItAndSeesItResolved/case-where-it-stands"
  "manager-incident|ManagerCockpitIT/aManagerFindsACaseSeesItsIncidentRetriesItAndSeesItResolved/incident-in-cockpit"
  "manager-retry-done|ManagerCockpitIT/aManagerFindsACaseSeesItsIncidentRetriesItAndSeesItResolved/retry-done"
  "manager-incident-resolved|ManagerCockpitIT/aManagerFindsACaseSeesItsIncidentRetriesItAndSeesItResolved/incident-resolved"
  "manager-reports|ManagerReportsIT/aManagerSeesTheChartsFiltersByCountryAndDownloadsTheSpreadsheet/reports-filtered-by-country"
  "manager-reports-time-per-stage|ManagerReportsIT/aManagerSeesTheChartsFiltersByCountryAndDownloadsTheSpreadsheet/reports-time-per-stage"
  "manager-reports-reintegration|ManagerReportsIT/aManagerSeesTheChartsFiltersByCountryAndDownloadsTheSpreadsheet/reports-reintegration"
  "first-start-reports|DemoOfficeProfileIT/manager/reports-demo-office"
  "access-counsellor-opens-cockpit|WebappAccessIT/staffWithoutTheRightGroupCannotOpenCockpitOrAdmin/counsellor-opens-cockpit"
  "first-start-counsellor|DemoOfficeProfileIT/counsellor/counsellors-demo-tasks"
  "first-start-iom-germany|DemoOfficeProfileIT/mission-deu/iom-germany-demo-plan"
  "first-start-cockpit|DemoOfficeProfileIT/manager/cockpit-dashboard"
  "access-refused-at-login|WebappAccessIT/staffWithoutTheRightGroupCannotOpenCockpitOrAdmin-1/counsellor-refused-by-cockpit"
)

missing=0
for entry in "${shots[@]}"; do
  name=${entry%%|*}
  source=${entry#*|}
  dir=$from/$(dirname "$source")
  file=$(ls "$dir"/[0-9][0-9]-"$(basename "$source")".png 2>/dev/null | head -1 || true)
  if [ -z "$file" ]; then
    echo "missing: $source (run the browser tests first)" >&2
    missing=1
    continue
  fi
  cp "$file" "$to/$name.png"
  echo "$to/$name.png"
done
exit $missing
