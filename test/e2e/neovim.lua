-- Neovim as a real non-VS Code LSP client: start blameless-lint-lsp, open a file, wait for the
-- diagnostics it publishes, write them as JSON. Neovim 0.7 (Debian bookworm) and later:
-- vim.lsp.start_client + buf_attach_client (vim.lsp.start exists from 0.8 only).
local bin = os.getenv('BL_LSP_BIN')
local file = os.getenv('BL_FILE')
local out = os.getenv('BL_OUT')
local want = tonumber(os.getenv('BL_MIN_FINDINGS') or '1')
local filetype = os.getenv('BL_FILETYPE') or 'markdown'

local function finish(result)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = filetype

local client_id = vim.lsp.start_client({
  name = 'blameless-lint',
  cmd = { 'node', bin, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  -- Neovim 0.7 does not advertise workspace/configuration, so settings also go in init_options
  -- (the server reads them from there when the client cannot be asked).
  settings = { ['blameless-lint'] = { languages = { 'markdown', 'text' } } },
  init_options = { ['blameless-lint'] = { languages = { 'markdown', 'text' } } },
})
if not client_id then
  finish({ error = 'start_client failed' })
  return
end
vim.lsp.buf_attach_client(buf, client_id)

-- Poll what the editor itself shows (vim.diagnostic), not the protocol: that is the end of the chain.
local ok = vim.wait(120000, function()
  return #vim.diagnostic.get(buf) >= want
end, 50)

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function snapshot()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(found, { line = d.lnum + 1, col = d.col + 1, code = code_of(d), source = d.source, message = d.message, severity = d.severity })
  end
  return found
end

local result = { ok = ok, version = vim.version(), diagnostics = snapshot() }

-- Optionally: apply the preferred quick fix of the first finding of BL_FIX_RULE, as a user would, and wait
-- for that finding to go (the edit is a WorkspaceEdit applied by neovim itself; it then sends didChange).
local fix_rule = os.getenv('BL_FIX_RULE')
if ok and fix_rule then
  local target
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if code_of(d) == fix_rule then target = d break end
  end
  if target then
    -- Neovim 0.7 keeps only the LSP fields it has no place for (code, data) in user_data.lsp.
    local lsp_diag = vim.tbl_extend('force', {
      range = { start = { line = target.lnum, character = target.col }, ['end'] = { line = target.end_lnum, character = target.end_col } },
      message = target.message,
      severity = target.severity,
      source = target.source,
    }, target.user_data and target.user_data.lsp or {})
    local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, range = lsp_diag.range, context = { diagnostics = { lsp_diag } } }
    local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}
    local chosen
    for _, response in pairs(responses) do
      for _, action in ipairs(response.result or {}) do
        if action.isPreferred and action.edit then chosen = action end
      end
    end
    result.action = chosen and chosen.title or vim.NIL
    if chosen then
      vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
      result.fixed = vim.wait(60000, function()
        for _, d in ipairs(vim.diagnostic.get(buf)) do
          if code_of(d) == fix_rule and d.lnum == target.lnum then return false end
        end
        return true
      end, 50)
      result.after = snapshot()
      result.line = vim.api.nvim_buf_get_lines(buf, target.lnum, target.lnum + 1, false)[1]
    end
  end
end
finish(result)
