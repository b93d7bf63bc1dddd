#pragma once

#include "recordstore.h"

namespace dd {

// The organisation registers edited through RecordStore (DOMAIN.md §1), with translated
// labels; built on each call so that they follow the current language.
RecordSpec communitySpec();       // 社区 / 村, with their electoral districts
RecordSpec gridSpec();            // 网格, with the optional grid-leader deputy
RecordSpec venueSpec();           // 代表之家 / 联络站 / 联络点 ... as a tree (parent_id)
RecordSpec committeeMemberSpec(); // 街道人大工委 members
RecordSpec observerSpec();        // 民情观察员
RecordSpec handlingUnitSpec();    // 承办单位
RecordSpec groupSpec();           // a deputy group's own fields (members: GroupRepository)

// "每月10日 9:00-11:30" for a venue's opening schedule; empty when it has none.
QString venueScheduleText(const QString& rule, int day, const QString& note);

} // namespace dd
