# glossa_bench_smoke: runs glossa-bench at 1,000 pages (every part) and checks that it exits 0
# and prints every key the issue and the README name.
#   cmake -DBENCH=path/to/glossa-bench -DAPP=ON|OFF -DWORK_DIR=dir -P smoke.cmake
execute_process(COMMAND ${BENCH} --articles 1000 --work-dir ${WORK_DIR}
                RESULT_VARIABLE result OUTPUT_VARIABLE json ERROR_VARIABLE log)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "glossa-bench exited with ${result}:\n${log}\n${json}")
endif()
set(keys articles import_articles_per_s import_mb_per_s baseline_articles_per_s import_vs_baseline
    incremental_1000_s search_p50_ms search_p95_ms where_else_ms export_10k_ms refiqda_export_ms refiqda_import_ms
    agreement_1000_articles_ms agreement_matched_claims_first_pair
    claim_memory_claims claim_index_build_ms claim_match_new_1000_s claim_rematch_s)
if(APP)
    list(APPEND keys list_first_rows_ms reader_500_30kb_ms reader_500_100kb_ms sidebar_500_100kb_ms open_both_panes_500_100kb_ms highlight_edit_ms app_rss_mb)
endif()
foreach(key IN LISTS keys)
    string(JSON value ERROR_VARIABLE missing GET "${json}" ${key})
    if(missing)
        message(FATAL_ERROR "glossa-bench printed no '${key}':\n${json}")
    endif()
    if(NOT value GREATER 0)
        message(FATAL_ERROR "glossa-bench printed ${key} = ${value}, not a positive figure:\n${json}")
    endif()
endforeach()
string(JSON articles GET "${json}" articles)
if(NOT articles EQUAL 1000)
    message(FATAL_ERROR "glossa-bench ran at ${articles} pages, not 1000")
endif()
message(STATUS "glossa-bench smoke run: every key present\n${json}")
