def pi_kind: if type == "number" then (if . == floor then "an integer" else "a number" end)
  else {"null": "null", "boolean": "a boolean", "string": "a string", "array": "an array",
    "object": "an object"}[type] end;
def pi_types: if .type == null then [] elif (.type | type) == "array" then .type else [.type] end;
def pi_exp: (pi_types) as $t
  | (if .enum then "one of " + ([.enum[] | strings] | join(", "))
     elif .pattern then "a string without control characters"
     else {string: "a string", integer: "an integer", number: "a number", boolean: "a boolean",
       object: "an object", array: "an array"}[($t - ["null"])[0] // "none"] // "a value" end)
  + (if any($t[]; . == "null") then " or null" else "" end);
def pi_dev($m; $p; $f): {path: $p, expected: ($m | pi_exp), found: $f};
def pi_check($m; $p):
  ($m | pi_types - ["null"] | .[0]) as $t
  | if . == null then (if any($m | pi_types[]; . == "null") then empty else pi_dev($m; $p; "null") end)
    elif $m.enum then (. as $v | if any($m.enum[]; . == $v) then empty
      elif type == "string" then pi_dev($m; $p; tojson | if length <= 60 then . else "a string" end)
      else pi_dev($m; $p; pi_kind) end)
    elif $t == null then empty
    elif $t == "object" then (if type != "object" then pi_dev($m; $p; pi_kind) else
      . as $o | ($m.properties // {}) | keys_unsorted[] as $k | ($p + "/" + ($k | gsub("~"; "~0") | gsub("/"; "~1"))) as $q
      | if ($o | has($k)) then ($o[$k] | pi_check($m.properties[$k]; $q))
        elif any($m.required[]?; . == $k) then pi_dev($m.properties[$k]; $q; "missing")
        else empty end end)
    elif $t == "array" then (if type != "array" then pi_dev($m; $p; pi_kind) else
      (if length < ($m.minItems // 0) then {path: $p, expected: "at least \($m.minItems) item(s)", found: "\(length) items"} else empty end),
      (if $m.maxItems != null and length > $m.maxItems then {path: $p, expected: "at most \($m.maxItems) items", found: "\(length) items"} else empty end),
      (. as $a | range(0; length) as $i | $a[$i] | pi_check($m.items; $p + "/\($i)")) end)
    elif (if $t == "integer" then type == "number" and . == floor else type == $t end) then empty
    else pi_dev($m; $p; pi_kind) end;
def pi_obj: if type == "object" then . else {} end;
def pi_arr: if type == "array" then . else [] end;
def pi_str: if type == "string" then . else null end;
def pi_num: if type != "number" then null elif . == floor and . < 9e15 and . > -9e15 then floor else . end;
def pi_spell: if type == "number" then pi_num | tostring else pi_str end;
def pi_ver: pi_obj | (.model_version | pi_spell) // (.version | pi_spell);
def pi_score($k): .[$k] | pi_obj | .score | pi_num;
if type != "object" or (.report | type) != "object" then
  error("the 2xx answer carried no usable report"
    + (if type == "object" and (.error_code | type) == "string" then ": Plaid error " + .error_code else "" end))
else [pi_check(pi_model; "")] as $deviations | .report as $r | ($r.prism | pi_obj) as $p
  | (if has("warnings") then . else . + {warnings: []} end)
  | . + {summary: {
      report_id: ($r.report_id | pi_str), generated_time: ($r.generated_time | pi_str),
      prism_status: ($p.status | pi_str), cash_score: ($p | pi_score("cash_score")),
      first_detect_score: ($p | pi_score("first_detect")), extend_score: ($p | pi_score("extend")),
      detect_score: ($p | pi_score("detect")), insights_model_version: ($p.insights | pi_ver),
      ultrafico_scores: [($r.fico | pi_obj | .ultrafico_score_results | pi_arr)[] | pi_obj | {
        request_correlation_id: (.request_correlation_id | pi_str),
        fico_scoring_request_id: (.fico_scoring_request_id | pi_str),
        score: pi_score("ultrafico_score"), exclusion_code: (.exclusion_code | pi_spell),
        error_reason: (.error_reason | pi_str)}],
      warning_codes: [(.warnings | pi_arr)[] | pi_obj | .warning_code | strings]},
    contract_deviations: $deviations} end
