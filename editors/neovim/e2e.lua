-- End to end in a real editor: Neovim (headless) with its built-in LSP client and lua/domainkit.lua, against
-- `domainkit lsp`. Types a typo and waits for the DK diagnostic at its line and column; asks for completion at a
-- type position; jumps to a type's definition in another file. Exits 0 when all hold, 1 with the reason otherwise.
-- Environment: DOMAINKIT_LSP_CMD (the domainkit command, words separated by spaces; `lsp` is added), DOMAINKIT_E2E_PROJECT (a project
-- folder with the example schemas under schema/).
local function fail(message)
  io.stderr:write('neovim e2e: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function wait(what, condition)
  if not vim.wait(60000, condition, 50) then error('timed out waiting for ' .. what) end
end

local function run()
  local here = debug.getinfo(1, 'S').source:sub(2):match('(.*/)')
  package.path = here .. 'lua/?.lua;' .. package.path
  local cmd = vim.split(os.getenv('DOMAINKIT_LSP_CMD'), ' ', { trimempty = true })
  table.insert(cmd, 'lsp')
  local project = os.getenv('DOMAINKIT_E2E_PROJECT')
  require('domainkit').setup({ cmd = cmd })

  vim.cmd('edit ' .. project .. '/schema/mission.yaml')
  local buf = vim.api.nvim_get_current_buf()
  wait('the server to start', function()
    local client = vim.lsp.get_active_clients()[1]
    return client ~= nil and client.initialized
  end)

  -- The typo: "list<Consulate>" becomes "list<Consulat>".
  local row, first
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local at = line:find('list<Consulate>', 1, true)
    if at then row, first = i - 1, at - 1 + #'list<' break end
  end
  assert(row, 'no list<Consulate> in mission.yaml')
  local last = first + #'Consulate'
  vim.api.nvim_buf_set_text(buf, row, last - 1, row, last, {})
  local found
  wait('DK0005 after the typo', function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      if code == 'DK0005' then found = d return true end
    end
    return false
  end)
  if found.lnum ~= row or found.col ~= first or found.end_col ~= last - 1 then
    error(string.format('DK0005 at %d:%d-%d, expected %d:%d-%d', found.lnum, found.col, found.end_col, row, first, last - 1))
  end
  io.stdout:write(string.format('diagnostic: DK0005 at line %d, column %d: %s', found.lnum + 1, found.col + 1, found.message) .. '\n')

  -- Completion where the type is written.
  vim.api.nvim_win_set_cursor(0, { row + 1, first })
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/completion', vim.lsp.util.make_position_params(), 30000)
  local offered = false
  for _, response in pairs(responses or {}) do
    local items = response.result and (response.result.items or response.result) or {}
    for _, item in ipairs(items) do
      if item.label == 'Consulate' then offered = true end
    end
  end
  if not offered then error('completion at a type position did not offer Consulate') end
  io.stdout:write('completion: Consulate offered\n')

  -- Undo the typo, then go to the definition of Consulate: consulate.yaml, where the type is declared.
  vim.api.nvim_buf_set_text(buf, row, last - 1, row, last - 1, { 'e' })
  wait('the typo to clear', function() return #vim.diagnostic.get(buf) == 0 end)
  vim.api.nvim_win_set_cursor(0, { row + 1, first + 2 })
  vim.lsp.buf.definition()
  wait('the jump to consulate.yaml', function() return vim.api.nvim_buf_get_name(0):match('consulate%.yaml$') ~= nil end)
  local cursor = vim.api.nvim_win_get_cursor(0)
  local declared = vim.api.nvim_buf_get_lines(0, cursor[1] - 1, cursor[1], false)[1]
  if declared ~= '  Consulate:' or cursor[2] ~= 2 then
    error(string.format('definition landed on line %d, column %d: %q', cursor[1], cursor[2] + 1, declared))
  end
  io.stdout:write(string.format('definition: consulate.yaml line %d, column %d', cursor[1], cursor[2] + 1) .. '\n')
end

local ok, problem = pcall(run)
if not ok then fail(tostring(problem)) end
vim.cmd('qa!')
